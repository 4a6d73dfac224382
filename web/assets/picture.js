// The profile picture rules the server enforces (PNG or JPEG, at most 256 KiB), checked in the
// browser first so a wrong file is explained before it is sent. Used by the home page (one's
// own picture) and the admin console (anyone's).

/** The largest picture the server accepts, in bytes. */
export const MAX_PICTURE_BYTES = 256 * 1024;
/** The picture types the server accepts, also the file input's `accept`. */
export const PICTURE_TYPES = ['image/png', 'image/jpeg'];

/** The message key for what is wrong with `file` as a picture, or null when it may be sent. */
export function pictureProblem(file) {
  if (file.type && !PICTURE_TYPES.includes(file.type)) return 'picture-wrong-type';
  if (file.size > MAX_PICTURE_BYTES) return 'picture-too-large';
  return null;
}

/** The server's refusals of a picture, by error code, as message keys. */
export const PICTURE_ERRORS = {
  payload_too_large: 'picture-too-large',
  unsupported_media_type: 'picture-wrong-type',
};
