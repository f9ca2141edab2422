//! The terminal on Windows. A release build is a GUI program, so a double-click opens
//! no console window; but then Windows gives it no console at all, and `--help`,
//! `--version`, `--check` and `--print-default-data` would print into nothing when
//! typed in Command Prompt or PowerShell. Attaching to the console of the program that
//! started this one (the terminal) makes them print there.

use windows_sys::Win32::Foundation::INVALID_HANDLE_VALUE;
use windows_sys::Win32::System::Console::{
    ATTACH_PARENT_PROCESS, AttachConsole, GetStdHandle, STD_ERROR_HANDLE, STD_OUTPUT_HANDLE,
};

/// Attaches to the parent's console when this process has nowhere to print. Output
/// already going to a file or a pipe (`--print-default-data > mine.ron`) is left as it
/// is. Started from Explorer, there is no parent console and nothing changes.
pub fn attach_to_parent() {
    #[allow(unsafe_code)]
    // SAFETY: GetStdHandle and AttachConsole take plain values and touch no memory of
    // ours; a failure is reported by their return values, which are only compared.
    unsafe {
        let has_nowhere = |which| {
            let handle = GetStdHandle(which);
            handle.is_null() || handle == INVALID_HANDLE_VALUE
        };
        if has_nowhere(STD_OUTPUT_HANDLE) && has_nowhere(STD_ERROR_HANDLE) {
            // Fails harmlessly without a parent console, or with a console already
            // (a debug build is a console program).
            AttachConsole(ATTACH_PARENT_PROCESS);
        }
    }
}
