/**
 * Texts people type and read: the checks of free-text fields (required, trimmed, never truncated)
 * and random codes from an alphabet without look-alike letters. Both refuse bad input with
 * {@link vn.lienthong.platform.InvalidRequestException}, so every capability words the refusal alike.
 */
package vn.lienthong.platform.text;
