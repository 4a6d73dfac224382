//! The locale check, `cargo xtask check-locales`: English (`locales/en/`) is the source, and
//! every other `locales/<lang>/` folder must match it file by file.
//!
//! A problem is any of: a product language without its folder, a folder that is no product
//! language, a missing or extra `.ftl` file, a file that does not parse (a select expression
//! without a default variant is a parse error), a missing or extra message, attribute or term,
//! a message whose variables (`$name`, counted in selectors, variants, function and term
//! arguments, and through the messages it references) differ from English, a reference to a
//! message or term the locale does not define, a key defined twice, and a message whose text is
//! empty. Variant keys are the translator's: Polish may add `few` and `many`, Japanese keep only
//! `other`. Terms are partly the translator's too: each English term must exist, but a locale
//! may add its own (grammatical forms) and give them attributes.
//!
//! The test suite runs the same check over the real folder (see the test at the end).

use std::collections::{BTreeMap, BTreeSet};
use std::fmt;
use std::path::{Path, PathBuf};

use fluent_syntax::ast;
use fluent_syntax::parser;

/// The product's languages, named as their folders under `locales/`.
pub const LANGUAGES: [&str; 34] = [
    "ar", "bg", "zh-Hans", "zh-Hant", "hr", "cs", "da", "nl", "en", "et", "fi", "fr", "de", "el",
    "he", "hu", "it", "ja", "ko", "lv", "lt", "nb", "pl", "pt", "ro", "ru", "sr", "sk", "sl", "es",
    "sv", "th", "tr", "uk",
];

/// The source language: the others are checked against it.
pub const SOURCE: &str = "en";

/// What is wrong.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Kind {
    /// A product language has no folder.
    MissingLanguage,
    /// A folder under `locales/` is not a product language.
    UnknownLanguage,
    /// English has this file and the language does not.
    MissingFile,
    /// The language has a file English does not.
    ExtraFile,
    /// The file is not valid Fluent (or not UTF-8).
    Parse { line: usize, error: String },
    /// English has this message, attribute or term and the file does not.
    MissingKey,
    /// The file has a message or attribute English does not.
    ExtraKey,
    /// The message uses other variables than in English.
    Variables {
        english: BTreeSet<String>,
        found: BTreeSet<String>,
    },
    /// The message references a message or term that the language does not define.
    UnknownReference(String),
    /// The key is defined twice in the language (in one file or in two).
    Duplicate,
    /// The message's text is empty.
    Empty,
}

/// One problem, with the file or folder (relative to `locales/`) and the key it concerns.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    /// Such as `de` or `de/web.ftl`.
    pub path: String,
    /// The message (`id`), attribute (`id.attribute`) or term (`-id`), if the problem has one.
    pub key: Option<String>,
    pub kind: Kind,
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let set = |vars: &BTreeSet<String>| {
            if vars.is_empty() {
                "none".to_owned()
            } else {
                vars.iter()
                    .map(|v| format!("${v}"))
                    .collect::<Vec<_>>()
                    .join(", ")
            }
        };
        write!(f, "{}", self.path)?;
        if let Kind::Parse { line, .. } = &self.kind {
            write!(f, ":{line}")?;
        }
        if let Some(key) = &self.key {
            write!(f, ": {key}")?;
        }
        match &self.kind {
            Kind::MissingLanguage => write!(f, ": the language folder is missing"),
            Kind::UnknownLanguage => write!(f, ": not one of the product's languages"),
            Kind::MissingFile => write!(f, ": missing (English has this file)"),
            Kind::ExtraFile => write!(f, ": English has no such file"),
            Kind::Parse { error, .. } => write!(f, ": does not parse: {error}"),
            Kind::MissingKey => write!(f, ": missing (English has it)"),
            Kind::ExtraKey => write!(f, ": English has no such message or attribute"),
            Kind::Variables { english, found } => write!(
                f,
                ": uses variables {} where English uses {}",
                set(found),
                set(english)
            ),
            Kind::UnknownReference(id) => write!(f, ": references {id}, which is not defined"),
            Kind::Duplicate => write!(f, ": defined more than once"),
            Kind::Empty => write!(f, ": the text is empty"),
        }
    }
}

/// What one message value, attribute or term says, as far as the check cares.
#[derive(Debug, Default)]
struct Part {
    variables: BTreeSet<String>,
    /// Referenced messages, as keys (`id` or `id.attribute`).
    messages: BTreeSet<String>,
    terms: BTreeSet<String>,
    has_text: bool,
}

impl Part {
    fn of(pattern: &ast::Pattern<&str>) -> Self {
        let mut part = Self::default();
        part.pattern(pattern);
        part
    }

    fn pattern(&mut self, pattern: &ast::Pattern<&str>) {
        for element in &pattern.elements {
            match element {
                ast::PatternElement::TextElement { value } => {
                    self.has_text |= !value.trim().is_empty();
                }
                ast::PatternElement::Placeable { expression } => self.expression(expression, true),
            }
        }
    }

    /// `shown`: whether the expression's value becomes text (a selector's does not).
    fn expression(&mut self, expression: &ast::Expression<&str>, shown: bool) {
        match expression {
            ast::Expression::Select { selector, variants } => {
                self.inline(selector, false);
                for variant in variants {
                    self.pattern(&variant.value);
                }
            }
            ast::Expression::Inline(inline) => self.inline(inline, shown),
        }
    }

    fn inline(&mut self, inline: &ast::InlineExpression<&str>, shown: bool) {
        match inline {
            ast::InlineExpression::StringLiteral { value } => {
                self.has_text |= shown && !value.trim().is_empty();
            }
            ast::InlineExpression::NumberLiteral { .. } => self.has_text |= shown,
            ast::InlineExpression::FunctionReference { arguments, .. } => {
                self.has_text |= shown;
                self.arguments(arguments);
            }
            ast::InlineExpression::MessageReference { id, attribute } => {
                self.has_text |= shown;
                self.messages
                    .insert(key(id.name, attribute.as_ref().map(|a| a.name)));
            }
            ast::InlineExpression::TermReference { id, arguments, .. } => {
                self.has_text |= shown;
                self.terms.insert(format!("-{}", id.name));
                if let Some(arguments) = arguments {
                    self.arguments(arguments);
                }
            }
            ast::InlineExpression::VariableReference { id } => {
                self.has_text |= shown;
                self.variables.insert(id.name.to_owned());
            }
            ast::InlineExpression::Placeable { expression } => self.expression(expression, shown),
        }
    }

    fn arguments(&mut self, arguments: &ast::CallArguments<&str>) {
        for argument in &arguments.positional {
            self.inline(argument, false);
        }
        for argument in &arguments.named {
            self.inline(&argument.value, false);
        }
    }
}

fn key(id: &str, attribute: Option<&str>) -> String {
    attribute.map_or_else(|| id.to_owned(), |attribute| format!("{id}.{attribute}"))
}

/// One parsed `.ftl` file: its keys in file order.
#[derive(Debug, Default)]
struct File {
    parts: Vec<(String, Part)>,
}

impl File {
    fn get(&self, key: &str) -> Option<&Part> {
        self.parts
            .iter()
            .find(|(k, _)| k == key)
            .map(|(_, part)| part)
    }
}

/// One language folder: its files by name, and every key it defines (for references).
#[derive(Debug, Default)]
struct Locale {
    files: BTreeMap<String, File>,
}

impl Locale {
    /// Every key the locale defines, in whichever file.
    fn part(&self, key: &str) -> Option<&Part> {
        self.files.values().find_map(|file| file.get(key))
    }

    /// The variables a key uses, including through the messages it references.
    fn variables(&self, key: &str) -> BTreeSet<String> {
        let mut found = BTreeSet::new();
        let mut seen = BTreeSet::new();
        let mut pending = vec![key.to_owned()];
        while let Some(next) = pending.pop() {
            if !seen.insert(next.clone()) {
                continue;
            }
            if let Some(part) = self.part(&next) {
                found.extend(part.variables.iter().cloned());
                pending.extend(part.messages.iter().cloned());
            }
        }
        found
    }
}

fn line_of(source: &str, offset: usize) -> usize {
    source
        .get(..offset)
        .unwrap_or(source)
        .bytes()
        .filter(|&b| b == b'\n')
        .count()
        + 1
}

/// Reads and parses one file, reporting parse errors and duplicates within the locale.
fn read_file(
    path: &Path,
    shown: &str,
    defined: &mut BTreeSet<String>,
    problems: &mut Vec<Problem>,
) -> File {
    let problem = |key: Option<String>, kind| Problem {
        path: shown.to_owned(),
        key,
        kind,
    };
    let source = match std::fs::read_to_string(path) {
        Ok(source) => source,
        Err(err) => {
            problems.push(problem(
                None,
                Kind::Parse {
                    line: 1,
                    error: format!("cannot be read: {err}"),
                },
            ));
            return File::default();
        }
    };
    let resource = match parser::parse(source.as_str()) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for error in errors {
                problems.push(problem(
                    None,
                    Kind::Parse {
                        line: line_of(&source, error.pos.start),
                        error: error.kind.to_string(),
                    },
                ));
            }
            resource
        }
    };
    let mut file = File::default();
    let mut add = |key: String, part: Part, problems: &mut Vec<Problem>| {
        if !defined.insert(key.clone()) {
            problems.push(problem(Some(key.clone()), Kind::Duplicate));
        }
        file.parts.push((key, part));
    };
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(message) => {
                if let Some(value) = &message.value {
                    add(message.id.name.to_owned(), Part::of(value), problems);
                }
                for attribute in &message.attributes {
                    let key = key(message.id.name, Some(attribute.id.name));
                    add(key, Part::of(&attribute.value), problems);
                }
            }
            // A term's attributes are the translator's own (such as `.gender`): not compared.
            ast::Entry::Term(term) => {
                add(
                    format!("-{}", term.id.name),
                    Part::of(&term.value),
                    problems,
                );
            }
            _ => {}
        }
    }
    file
}

fn read_locale(dir: &Path, lang: &str, problems: &mut Vec<Problem>) -> std::io::Result<Locale> {
    let mut names = Vec::new();
    for entry in std::fs::read_dir(dir)? {
        let entry = entry?;
        let name = entry.file_name().to_string_lossy().into_owned();
        // Exactly `.ftl`, as the server serves only those.
        let fluent = Path::new(&name).extension() == Some(std::ffi::OsStr::new("ftl"));
        if entry.file_type()?.is_file() && fluent {
            names.push(name);
        }
    }
    names.sort();
    let mut defined = BTreeSet::new();
    let mut locale = Locale::default();
    for name in names {
        let shown = format!("{lang}/{name}");
        let file = read_file(&dir.join(&name), &shown, &mut defined, problems);
        locale.files.insert(name, file);
    }
    Ok(locale)
}

/// Reports what a locale's own messages get wrong whatever English says: references to keys
/// it does not define, and empty text.
fn check_own(lang: &str, locale: &Locale, problems: &mut Vec<Problem>) {
    for (name, file) in &locale.files {
        let path = format!("{lang}/{name}");
        for (key, part) in &file.parts {
            let problem = |kind| Problem {
                path: path.clone(),
                key: Some(key.clone()),
                kind,
            };
            for reference in part.messages.iter().chain(&part.terms) {
                if locale.part(reference).is_none() {
                    problems.push(problem(Kind::UnknownReference(reference.clone())));
                }
            }
            if !part.has_text {
                problems.push(problem(Kind::Empty));
            }
        }
    }
}

/// Compares a translation with English, file by file and key by key.
fn compare(lang: &str, locale: &Locale, english: &Locale, problems: &mut Vec<Problem>) {
    for (name, source) in &english.files {
        let path = format!("{lang}/{name}");
        let problem = |key: Option<&str>, kind| Problem {
            path: path.clone(),
            key: key.map(str::to_owned),
            kind,
        };
        let Some(file) = locale.files.get(name) else {
            problems.push(problem(None, Kind::MissingFile));
            continue;
        };
        for (key, _) in &source.parts {
            if file.get(key).is_none() {
                problems.push(problem(Some(key), Kind::MissingKey));
                continue;
            }
            if key.starts_with('-') {
                continue; // A term's variables are its own parameters, not the caller's.
            }
            let expected = english.variables(key);
            let found = locale.variables(key);
            if expected != found {
                problems.push(problem(
                    Some(key),
                    Kind::Variables {
                        english: expected,
                        found,
                    },
                ));
            }
        }
        for (key, _) in &file.parts {
            if !key.starts_with('-') && source.get(key).is_none() {
                problems.push(problem(Some(key), Kind::ExtraKey));
            }
        }
    }
    for name in locale.files.keys() {
        if !english.files.contains_key(name) {
            problems.push(Problem {
                path: format!("{lang}/{name}"),
                key: None,
                kind: Kind::ExtraFile,
            });
        }
    }
}

/// Checks the `locales/` folder at `root`; an empty list means every language is complete.
pub fn check(root: &Path) -> std::io::Result<Vec<Problem>> {
    let mut folders = BTreeSet::new();
    for entry in std::fs::read_dir(root)? {
        let entry = entry?;
        if entry.file_type()?.is_dir() {
            folders.insert(entry.file_name().to_string_lossy().into_owned());
        }
    }
    let mut problems = Vec::new();
    let folder_problem = |lang: &str, kind| Problem {
        path: lang.to_owned(),
        key: None,
        kind,
    };
    for lang in LANGUAGES {
        if !folders.contains(lang) {
            problems.push(folder_problem(lang, Kind::MissingLanguage));
        }
    }
    for folder in &folders {
        if !LANGUAGES.contains(&folder.as_str()) {
            problems.push(folder_problem(folder, Kind::UnknownLanguage));
        }
    }
    if !folders.contains(SOURCE) {
        return Ok(problems);
    }
    let english = read_locale(&root.join(SOURCE), SOURCE, &mut problems)?;
    check_own(SOURCE, &english, &mut problems);
    for lang in LANGUAGES {
        if lang == SOURCE || !folders.contains(lang) {
            continue;
        }
        let locale = read_locale(&root.join(lang), lang, &mut problems)?;
        check_own(lang, &locale, &mut problems);
        compare(lang, &locale, &english, &mut problems);
    }
    Ok(problems)
}

/// `cargo xtask check-locales [DIR]`: checks `locales/` (or DIR) and prints every problem.
pub fn run(root: PathBuf) -> anyhow::Result<()> {
    let root = root.canonicalize().unwrap_or(root);
    let problems =
        check(&root).map_err(|err| anyhow::anyhow!("cannot read {}: {err}", root.display()))?;
    for problem in &problems {
        eprintln!("{problem}");
    }
    if problems.is_empty() {
        eprintln!(
            "locales: all {} languages match English ({})",
            LANGUAGES.len(),
            root.display()
        );
        Ok(())
    } else {
        anyhow::bail!("{} locale problem(s) in {}", problems.len(), root.display())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use std::path::PathBuf;

    const ENGLISH: &str = "\
# Comments are fine.
-product-name = Assist

greeting = Hello, { $name }!
sign-in-heading = Sign in to { -product-name }
files =
    { $count ->
        [0] No files
        [one] One file
       *[other] { $count } files
    }
login-input = Predefined value
    .placeholder = email@example.com
    .aria-label = Login input for { $user }
wait = Wait { NUMBER($seconds) } seconds.
nested = { files } in { $folder }
";

    /// A `locales/` folder with every language holding `web.ftl` as `content(lang)`.
    fn fixture(content: impl Fn(&str) -> String) -> tempfile::TempDir {
        let dir = tempfile::tempdir().unwrap();
        for lang in LANGUAGES {
            let folder = dir.path().join(lang);
            std::fs::create_dir(&folder).unwrap();
            std::fs::write(folder.join("web.ftl"), content(lang)).unwrap();
        }
        dir
    }

    fn with_german(german: &str) -> tempfile::TempDir {
        let german = german.to_owned();
        fixture(move |lang| {
            if lang == "de" {
                german.clone()
            } else {
                ENGLISH.to_owned()
            }
        })
    }

    fn problems(dir: &tempfile::TempDir) -> Vec<Problem> {
        check(dir.path()).unwrap()
    }

    fn keyed(path: &str, key: &str, kind: Kind) -> Problem {
        Problem {
            path: path.to_owned(),
            key: Some(key.to_owned()),
            kind,
        }
    }

    fn vars(names: &[&str]) -> BTreeSet<String> {
        names.iter().map(|&n| n.to_owned()).collect()
    }

    #[test]
    fn identical_locales_pass() {
        let dir = fixture(|_| ENGLISH.to_owned());
        assert_eq!(problems(&dir), []);
    }

    #[test]
    fn plural_variants_may_differ_per_language() {
        let polish = ENGLISH.replace(
            "        [0] No files\n        [one] One file\n       *[other] { $count } files",
            "        [one] Jeden plik\n        [few] { $count } pliki\n        [many] { $count } plików\n       *[other] { $count } pliku",
        );
        let japanese = ENGLISH.replace(
            "        [0] No files\n        [one] One file\n       *[other] { $count } files",
            "       *[other] { $count } 個のファイル",
        );
        // The variable may also move out of the selector, as long as the message still uses it.
        let german = ENGLISH.replace(
            "files =\n    { $count ->\n        [0] No files\n        [one] One file\n       *[other] { $count } files\n    }",
            "files = { $count } Dateien",
        );
        assert_ne!(polish, ENGLISH);
        assert_ne!(japanese, ENGLISH);
        assert_ne!(german, ENGLISH);
        let dir = fixture(|lang| match lang {
            "pl" => polish.clone(),
            "ja" => japanese.clone(),
            "de" => german.clone(),
            _ => ENGLISH.to_owned(),
        });
        assert_eq!(problems(&dir), []);
    }

    #[test]
    fn a_missing_key_is_reported_with_file_and_key() {
        let dir = with_german(&ENGLISH.replace("greeting = Hello, { $name }!\n", ""));
        let found = problems(&dir);
        assert_eq!(found, [keyed("de/web.ftl", "greeting", Kind::MissingKey)]);
        assert_eq!(
            found[0].to_string(),
            "de/web.ftl: greeting: missing (English has it)"
        );
    }

    #[test]
    fn missing_and_extra_attributes_and_terms_are_reported() {
        let german = ENGLISH
            .replace(
                "    .placeholder = email@example.com\n",
                "    .title = Anmelden\n",
            )
            .replace("-product-name = Assist\n", "-produkt = Assist\n");
        let dir = with_german(&german);
        let found = problems(&dir);
        assert!(found.contains(&keyed("de/web.ftl", "-product-name", Kind::MissingKey)));
        assert!(found.contains(&keyed(
            "de/web.ftl",
            "login-input.placeholder",
            Kind::MissingKey
        )));
        assert!(found.contains(&keyed("de/web.ftl", "login-input.title", Kind::ExtraKey)));
        // The heading still references the English term, which German no longer defines.
        assert!(found.contains(&keyed(
            "de/web.ftl",
            "sign-in-heading",
            Kind::UnknownReference("-product-name".to_owned())
        )));
        // A term of the translator's own is fine.
        assert!(!found.iter().any(|p| p.key.as_deref() == Some("-produkt")));
    }

    #[test]
    fn an_extra_key_is_reported() {
        let dir = with_german(&format!("{ENGLISH}leftover = Alt\n"));
        assert_eq!(
            problems(&dir),
            [keyed("de/web.ftl", "leftover", Kind::ExtraKey)]
        );
    }

    #[test]
    fn a_changed_placeable_is_reported() {
        let dir = with_german(&ENGLISH.replace("Hello, { $name }!", "Hallo, { $user }!"));
        let found = problems(&dir);
        assert_eq!(
            found,
            [keyed(
                "de/web.ftl",
                "greeting",
                Kind::Variables {
                    english: vars(&["name"]),
                    found: vars(&["user"]),
                }
            )]
        );
        assert_eq!(
            found[0].to_string(),
            "de/web.ftl: greeting: uses variables $user where English uses $name"
        );
    }

    #[test]
    fn variables_count_in_selectors_variants_arguments_and_references() {
        // Dropping the plural (and with it $count) from `files` changes `files` and `nested`,
        // which uses `files`; dropping NUMBER($seconds) changes `wait`; the attribute's
        // variable is checked on the attribute.
        let german = ENGLISH
            .replace(
                "files =\n    { $count ->\n        [0] No files\n        [one] One file\n       *[other] { $count } files\n    }",
                "files = Dateien",
            )
            .replace("Wait { NUMBER($seconds) } seconds.", "Bitte warten.")
            .replace("Login input for { $user }", "Anmeldung");
        let dir = with_german(&german);
        let changed: Vec<_> = problems(&dir)
            .into_iter()
            .filter(|p| matches!(p.kind, Kind::Variables { .. }))
            .filter_map(|p| p.key)
            .collect();
        assert_eq!(
            changed,
            ["files", "login-input.aria-label", "wait", "nested"]
        );
    }

    #[test]
    fn parse_errors_are_reported_with_their_line() {
        let german = ENGLISH.replace(
            "greeting = Hello, { $name }!",
            "greeting = Hallo, { $name !",
        );
        let dir = with_german(&german);
        let found = problems(&dir);
        assert!(
            found
                .iter()
                .any(|p| p.path == "de/web.ftl" && matches!(p.kind, Kind::Parse { line: 4, .. })),
            "{found:?}"
        );
        // The broken message is then missing too.
        assert!(found.contains(&keyed("de/web.ftl", "greeting", Kind::MissingKey)));
    }

    #[test]
    fn a_select_expression_without_default_variant_does_not_parse() {
        let german = ENGLISH.replace(
            "       *[other] { $count } files",
            "        [other] { $count } Dateien",
        );
        let dir = with_german(&german);
        let found = problems(&dir);
        let parse = found
            .iter()
            .find(|p| matches!(p.kind, Kind::Parse { .. }))
            .unwrap();
        assert!(parse.to_string().contains("default variant"), "{parse}");
    }

    #[test]
    fn missing_and_unknown_language_folders_are_reported() {
        let dir = fixture(|_| ENGLISH.to_owned());
        std::fs::remove_dir_all(dir.path().join("fi")).unwrap();
        std::fs::create_dir(dir.path().join("xx")).unwrap();
        let found = problems(&dir);
        assert_eq!(
            found,
            [
                Problem {
                    path: "fi".to_owned(),
                    key: None,
                    kind: Kind::MissingLanguage
                },
                Problem {
                    path: "xx".to_owned(),
                    key: None,
                    kind: Kind::UnknownLanguage
                },
            ]
        );
    }

    #[test]
    fn missing_and_extra_files_are_reported() {
        let dir = fixture(|_| ENGLISH.to_owned());
        std::fs::write(
            dir.path().join("en/session.ftl"),
            "session-title = Session\n",
        )
        .unwrap();
        for lang in LANGUAGES {
            if lang != "de" && lang != "en" {
                std::fs::write(
                    dir.path().join(lang).join("session.ftl"),
                    "session-title = S\n",
                )
                .unwrap();
            }
        }
        std::fs::write(dir.path().join("fr/admin.ftl"), "admin-title = Admin\n").unwrap();
        assert_eq!(
            problems(&dir),
            // In the order of LANGUAGES, where French comes before German.
            [
                Problem {
                    path: "fr/admin.ftl".to_owned(),
                    key: None,
                    kind: Kind::ExtraFile
                },
                Problem {
                    path: "de/session.ftl".to_owned(),
                    key: None,
                    kind: Kind::MissingFile
                },
            ]
        );
    }

    #[test]
    fn empty_text_and_duplicates_are_reported() {
        let english = format!("{ENGLISH}blank = {{ \"\" }}\ngreeting = Hello again\n");
        let dir = fixture(|_| english.clone());
        let found = problems(&dir);
        assert!(found.contains(&keyed("en/web.ftl", "blank", Kind::Empty)));
        assert!(found.contains(&keyed("en/web.ftl", "greeting", Kind::Duplicate)));
    }

    #[test]
    fn a_message_moved_to_another_file_is_missing_from_its_file() {
        let dir = with_german(&ENGLISH.replace("greeting = Hello, { $name }!\n", ""));
        std::fs::write(
            dir.path().join("de/other.ftl"),
            "greeting = Hallo, { $name }!\n",
        )
        .unwrap();
        let found = problems(&dir);
        assert!(found.contains(&keyed("de/web.ftl", "greeting", Kind::MissingKey)));
        assert!(
            found
                .iter()
                .any(|p| p.path == "de/other.ftl" && p.kind == Kind::ExtraFile)
        );
    }

    fn real_locales() -> PathBuf {
        PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../locales")
    }

    /// The real `locales/`: all 34 languages are there, and each agrees with English.
    #[test]
    fn real_locales_agree_with_english() {
        let found: Vec<String> = check(&real_locales())
            .unwrap()
            .iter()
            .map(ToString::to_string)
            .collect();
        assert!(
            found.is_empty(),
            "run `cargo xtask check-locales`:\n{}",
            found.join("\n")
        );
    }
}
