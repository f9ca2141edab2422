/* For the Wine test prefix only (scripts/test-windows.sh), never shipped.
 *
 * Rust's standard library gets its random numbers from ProcessPrng in
 * bcryptprimitives.dll, which every Windows 10 and 11 has. Debian 12's Wine 8 has no
 * such DLL, so the program would not start under it. This one gives ProcessPrng on top
 * of RtlGenRandom (advapi32's SystemFunction036), which Wine does have. */
#include <windows.h>
#include <ntsecapi.h>

BOOL WINAPI ProcessPrng(PBYTE data, SIZE_T len)
{
    while (len > 0) {
        ULONG chunk = len > 0x40000000 ? 0x40000000 : (ULONG)len;
        if (!RtlGenRandom(data, chunk))
            return FALSE;
        data += chunk;
        len -= chunk;
    }
    return TRUE;
}
