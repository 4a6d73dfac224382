//! H.264 constrained baseline with openh264 in screen-content mode.
