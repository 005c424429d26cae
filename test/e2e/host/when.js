/** Wait until `check()` gives a value, re-checking on each `event`; fails after `ms` with `what` in the message. */
function when(event, check, ms, what) {
  return new Promise((resolve, reject) => {
    let subscription
    const finish = (fn, value) => {
      clearTimeout(timer)
      if (subscription) subscription.dispose()
      fn(value)
    }
    const timer = setTimeout(() => finish(reject, new Error(`timed out after ${ms} ms waiting for ${what}`)), ms)
    const probe = () => {
      try {
        const value = check()
        if (value) finish(resolve, value)
      } catch (error) {
        finish(reject, error)
      }
    }
    subscription = event(probe)
    probe()
  })
}

module.exports = {when}
