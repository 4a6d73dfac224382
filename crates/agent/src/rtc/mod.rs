//! The WebRTC peer (str0m, sans-IO) that sends the screen to the helper's browser and carries
//! the data channels.
