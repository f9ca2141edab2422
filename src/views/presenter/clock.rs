//! The presenter's clock: how long the talk has run, for the speaker view.

use std::time::Duration;

use web_time::Instant;

/// The presenter's clock: runs from the start of the talk, can be paused and reset.
#[derive(Clone, Debug, Default)]
pub struct Clock {
    running_since: Option<Instant>,
    banked: Duration,
}

impl Clock {
    pub fn start(&mut self) {
        self.running_since = Some(Instant::now());
        self.banked = Duration::ZERO;
    }

    pub fn elapsed(&self) -> Duration {
        self.banked + self.running_since.map_or(Duration::ZERO, |t| t.elapsed())
    }

    pub fn is_running(&self) -> bool {
        self.running_since.is_some()
    }

    pub fn toggle(&mut self) {
        match self.running_since.take() {
            Some(t) => self.banked += t.elapsed(),
            None => self.running_since = Some(Instant::now()),
        }
    }

    pub fn reset(&mut self) {
        self.banked = Duration::ZERO;
        if self.running_since.is_some() {
            self.running_since = Some(Instant::now());
        }
    }
}

/// `mm:ss`, or `h:mm:ss` past an hour.
pub fn clock_text(d: Duration) -> String {
    let s = d.as_secs();
    if s >= 3600 {
        format!("{}:{:02}:{:02}", s / 3600, s / 60 % 60, s % 60)
    } else {
        format!("{:02}:{:02}", s / 60, s % 60)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clock_text_reads_as_minutes_and_hours() {
        assert_eq!(clock_text(Duration::from_secs(0)), "00:00");
        assert_eq!(clock_text(Duration::from_secs(754)), "12:34");
        assert_eq!(clock_text(Duration::from_secs(3725)), "1:02:05");
    }

    #[test]
    fn a_paused_clock_stands_still_and_reset_zeroes_it() {
        let mut c = Clock::default();
        c.start();
        c.toggle();
        let paused = c.elapsed();
        std::thread::sleep(Duration::from_millis(20));
        assert_eq!(c.elapsed(), paused);
        c.reset();
        assert_eq!(c.elapsed(), Duration::ZERO);
        c.toggle();
        assert!(c.is_running());
    }
}
