//! Fonts for the scripts egui's own fonts lack, so that a chat message or a name in any script
//! shows where the system has a font for it. egui's default fonts cover Latin, Greek and
//! Cyrillic (and emoji); Chinese, Japanese, Korean, Arabic, Hebrew and Thai need system fonts.
//!
//! [`FallbackFonts`] is an egui font provider: egui asks it only when no installed font has a
//! character, and it then loads the system font for that character's script (once; a CJK font
//! is some 20 MB, read only when the first CJK character shows). It looks for well-known files
//! (Noto Sans CJK / Arabic / Hebrew / Thai, DejaVu Sans, WenQuanYi, Droid Sans Fallback, and
//! their macOS counterparts) under the system's and the user's font folders.
//!
//! When no such font exists, the characters show as empty boxes ("tofu"): the text is still
//! sent, received and copied intact, only not drawn. Installing `fonts-noto-cjk` (and
//! `fonts-noto-core` or `fonts-dejavu-core`) on Debian and Ubuntu fixes that.
//!
//! egui shapes text (Arabic letters join) but lays every line out left to right: it has no bidi
//! algorithm, so right-to-left text reads in the right order only when it is alone on its line,
//! and mixed Arabic or Hebrew with Latin text or digits may show its runs in the wrong order.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex, OnceLock};

use eframe::egui::{
    FallbackRequest, FontData, FontFamily, FontInsert, FontPriority, FontProvider, InsertFontFamily,
};

/// Where fonts live: Linux (system, local, the user's), then macOS.
const FONT_FOLDERS: [&str; 5] = [
    "/usr/share/fonts",
    "/usr/local/share/fonts",
    "~/.local/share/fonts",
    "~/.fonts",
    "/System/Library/Fonts",
];

/// How deep to look below a font folder (Debian: `/usr/share/fonts/opentype/noto/x.ttc`).
const MAX_DEPTH: usize = 5;

/// The groups of characters that need a font of their own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub(crate) enum Script {
    /// Chinese, Japanese, Korean.
    Cjk,
    Arabic,
    Hebrew,
    Thai,
    /// Everything else egui's fonts lack (Armenian, Georgian, symbols, ...): DejaVu Sans.
    Other,
}

impl Script {
    pub(crate) fn of(c: char) -> Self {
        match u32::from(c) {
            0x0590..=0x05FF | 0xFB1D..=0xFB4F => Self::Hebrew,
            0x0600..=0x06FF
            | 0x0750..=0x077F
            | 0x0870..=0x08FF
            | 0xFB50..=0xFDFF
            | 0xFE70..=0xFEFF => Self::Arabic,
            0x0E00..=0x0E7F => Self::Thai,
            0x1100..=0x11FF
            | 0x2E80..=0x2FDF
            | 0x3000..=0x33FF
            | 0x3400..=0x4DBF
            | 0x4E00..=0x9FFF
            | 0xA960..=0xA97F
            | 0xAC00..=0xD7FF
            | 0xF900..=0xFAFF
            | 0xFE30..=0xFE4F
            | 0xFF00..=0xFFEF
            | 0x2_0000..=0x3_FFFF => Self::Cjk,
            _ => Self::Other,
        }
    }

    /// The font files for the script, best first (matched case-insensitively).
    fn files(self) -> &'static [&'static str] {
        match self {
            // The .ttc's first face is Japanese: Chinese text gets Japanese glyph shapes for
            // the few characters where they differ, which every reader still recognises.
            Self::Cjk => &[
                "NotoSansCJK-Regular.ttc",
                "NotoSansCJKsc-Regular.otf",
                "NotoSansCJKjp-Regular.otf",
                "NotoSansSC-Regular.otf",
                "wqy-microhei.ttc",
                "wqy-zenhei.ttc",
                "DroidSansFallbackFull.ttf",
                "Hiragino Sans GB.ttc",
            ],
            Self::Arabic => &[
                "NotoSansArabic-Regular.ttf",
                "NotoNaskhArabic-Regular.ttf",
                "NotoSansArabicUI-Regular.ttf",
                "GeezaPro.ttc",
            ],
            Self::Hebrew => &["NotoSansHebrew-Regular.ttf", "ArialHB.ttc"],
            Self::Thai => &[
                "NotoSansThai-Regular.ttf",
                "NotoSansThaiUI-Regular.ttf",
                "Thonburi.ttc",
            ],
            Self::Other => &["DejaVuSans.ttf", "NotoSans-Regular.ttf"],
        }
    }

    /// The scripts whose fonts to try, in order: DejaVu Sans also has Arabic and Hebrew.
    fn fonts_to_try(self) -> &'static [Self] {
        match self {
            Self::Arabic => &[Self::Arabic, Self::Other],
            Self::Hebrew => &[Self::Hebrew, Self::Other],
            Self::Cjk => &[Self::Cjk],
            Self::Thai => &[Self::Thai],
            Self::Other => &[Self::Other],
        }
    }

    const ALL: [Self; 5] = [
        Self::Cjk,
        Self::Arabic,
        Self::Hebrew,
        Self::Thai,
        Self::Other,
    ];
}

/// Loads system fonts when egui meets a character its fonts lack.
#[derive(Default)]
pub(crate) struct FallbackFonts {
    /// The font folders to search (the real ones unless a test says otherwise).
    folders: Vec<PathBuf>,
    /// The best file per script, found on first need.
    found: OnceLock<HashMap<Script, PathBuf>>,
    /// The files read so far (`None`: unreadable).
    loaded: Mutex<HashMap<Script, Option<FontData>>>,
}

impl std::fmt::Debug for FallbackFonts {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("FallbackFonts")
            .field("folders", &self.folders)
            .field("found", &self.found.get())
            .finish_non_exhaustive()
    }
}

impl FallbackFonts {
    /// Searches the system's and the user's font folders.
    pub(crate) fn system() -> Arc<Self> {
        let home = std::env::var_os("HOME").map(PathBuf::from);
        let folders = FONT_FOLDERS
            .iter()
            .filter_map(|folder| match folder.strip_prefix("~/") {
                Some(rest) => home.as_ref().map(|home| home.join(rest)),
                None => Some(PathBuf::from(folder)),
            })
            .collect();
        Arc::new(Self::in_folders(folders))
    }

    pub(crate) fn in_folders(folders: Vec<PathBuf>) -> Self {
        Self {
            folders,
            ..Self::default()
        }
    }

    /// The scripts that have a font here.
    #[cfg(test)]
    pub(crate) fn scripts(&self) -> Vec<Script> {
        let found = self.found();
        Script::ALL
            .into_iter()
            .filter(|script| found.contains_key(script))
            .collect()
    }

    fn found(&self) -> &HashMap<Script, PathBuf> {
        self.found.get_or_init(|| find(&self.folders))
    }

    fn load(&self, script: Script) -> Option<FontData> {
        let mut loaded = self
            .loaded
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner);
        loaded
            .entry(script)
            .or_insert_with(|| {
                let path = self.found().get(&script)?;
                match std::fs::read(path) {
                    Ok(bytes) => Some(FontData::from_owned(bytes)),
                    Err(err) => {
                        tracing::warn!(path = %path.display(), %err, "cannot read a font");
                        None
                    }
                }
            })
            .clone()
    }
}

impl FontProvider for FallbackFonts {
    fn font_for(&self, request: &FallbackRequest<'_>) -> Option<FontInsert> {
        let script = Script::of(request.cluster.chars().next()?);
        script.fonts_to_try().iter().find_map(|&script| {
            let data = self.load(script)?;
            let families = [FontFamily::Proportional, FontFamily::Monospace]
                .into_iter()
                .map(|family| InsertFontFamily {
                    family,
                    priority: FontPriority::Lowest,
                })
                .collect();
            Some(FontInsert::new(
                &format!("assist-fallback-{script:?}"),
                data,
                families,
            ))
        })
    }
}

/// The best file per script under the folders.
fn find(folders: &[PathBuf]) -> HashMap<Script, PathBuf> {
    let mut files = HashMap::new();
    for folder in folders {
        collect(folder, MAX_DEPTH, &mut files);
    }
    Script::ALL
        .into_iter()
        .filter_map(|script| {
            let path = script
                .files()
                .iter()
                .find_map(|name| files.get(&name.to_lowercase()))?;
            Some((script, path.clone()))
        })
        .collect()
}

/// Every file below `folder`, by lowercase name (the first found wins).
fn collect(folder: &Path, depth: usize, files: &mut HashMap<String, PathBuf>) {
    let Ok(entries) = std::fs::read_dir(folder) else {
        return;
    };
    for entry in entries.flatten() {
        let path = entry.path();
        match entry.file_type() {
            Ok(kind) if kind.is_dir() && depth > 0 => collect(&path, depth - 1, files),
            Ok(kind) if kind.is_file() || kind.is_symlink() => {
                let name = entry.file_name().to_string_lossy().to_lowercase();
                files.entry(name).or_insert(path);
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn characters_map_to_their_scripts() {
        assert_eq!(Script::of('你'), Script::Cjk);
        assert_eq!(Script::of('の'), Script::Cjk);
        assert_eq!(Script::of('한'), Script::Cjk);
        assert_eq!(Script::of('م'), Script::Arabic);
        assert_eq!(Script::of('ש'), Script::Hebrew);
        assert_eq!(Script::of('ก'), Script::Thai);
        assert_eq!(Script::of('Ա'), Script::Other);
    }

    #[test]
    fn the_best_file_per_script_is_found_in_nested_folders() {
        let root = tempfile::tempdir().expect("a temporary folder");
        let nested = root.path().join("truetype/noto");
        std::fs::create_dir_all(&nested).expect("folders");
        for name in [
            "NotoNaskhArabic-Regular.ttf",
            "NotoSansArabic-Regular.ttf",
            "DejaVuSans.ttf",
            "README",
        ] {
            std::fs::write(nested.join(name), b"not a font").expect("a file");
        }
        let fonts =
            FallbackFonts::in_folders(vec![root.path().to_owned(), root.path().join("missing")]);
        assert_eq!(fonts.scripts(), vec![Script::Arabic, Script::Other]);
        assert_eq!(
            fonts.found().get(&Script::Arabic),
            Some(&nested.join("NotoSansArabic-Regular.ttf"))
        );
        assert!(fonts.load(Script::Cjk).is_none());
        assert!(fonts.load(Script::Arabic).is_some());
    }
}
