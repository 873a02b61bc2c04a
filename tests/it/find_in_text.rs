//! Finding place names in text: spans, longest match, word boundaries, precision rules,
//! and precision and recall on the hand-labelled corpus in tests/corpus/ and on the held-out
//! corpus in tests/corpus-held-out/.

use toponym::find_in_text;

fn found(text: &str) -> Vec<(&str, &'static str)> {
    find_in_text(text)
        .iter()
        .map(|m| (m.text(), m.best().place().id()))
        .collect()
}

#[test]
fn spans_are_byte_offsets_into_the_text() {
    let text = "От Москвы до 東京 — Kyiv's";
    for m in find_in_text(text) {
        assert_eq!(&text[m.start()..m.end()], m.text());
    }
    assert_eq!(found(text).last(), Some(&("Kyiv", "kyiv")));
}

#[test]
fn longest_match_wins() {
    assert_eq!(
        found("Flights to Buenos Aires resumed."),
        [("Buenos Aires", "buenos-aires")]
    );
    assert_eq!(found("北方領土の返還"), [("北方領土", "south-kurils")]);
    assert_eq!(
        found("He flew to New York."),
        [("New York", "new-york-city")]
    );
}

#[test]
fn words_are_not_split() {
    assert_eq!(found("Japan's economy"), [("Japan", "jp")]);
    assert_eq!(found("a Kyiv-based firm"), [("Kyiv", "kyiv")]);
    assert_eq!(found("Japanese and Russians"), []);
    assert_eq!(found("Kyivstar"), []);
}

#[test]
fn common_words_and_surnames_are_not_places() {
    assert_eq!(found("Nice weather today."), []);
    assert_eq!(found("The weather was nice in Nice."), [("Nice", "nice")]);
    assert_eq!(found("Mobile phones were banned."), []);
    assert_eq!(found("Prime Minister Shinzo Abe spoke."), []);
    assert_eq!(found("a split decision"), []);
}

#[test]
fn abbreviations_need_capitals() {
    assert_eq!(
        found("Envoys from the UK and the USA met."),
        [("UK", "gb"), ("USA", "us")]
    );
    assert_eq!(found("Uk and usa"), []);
}

#[test]
fn bad_input() {
    assert!(find_in_text("").is_empty());
    assert!(find_in_text("\u{200B}\u{202E}\0\u{FEFF}").is_empty());
    let repeated = "Kyiv ".repeat(200_000);
    assert_eq!(find_in_text(&repeated).len(), 200_000);
    let marks = format!("K{}yiv", "\u{0301}".repeat(100_000));
    assert!(find_in_text(&marks).len() <= 1);
}

/// Declined Russian and Ukrainian forms: each sentence with the mentions it must give, as
/// (text as written, place id). The sentences are written for this test, not taken from
/// either corpus.
#[test]
fn declined_russian_and_ukrainian_names() {
    let table: &[(&str, &[(&str, &str)])] = &[
        // Russian: feminine -а/-я, masculine consonant, -й and -ь stems, case by case.
        (
            "Самолёт вылетел из Шанхая и приземлился в Москве.",
            &[("Шанхая", "shanghai"), ("Москве", "moscow")],
        ),
        (
            "Поставки в Индию и Китай выросли, а экспорт из Китая упал.",
            &[("Индию", "in"), ("Китай", "cn"), ("Китая", "cn")],
        ),
        (
            "Жители Челябинска, Ярославля и Новосибирска проголосовали.",
            &[
                ("Челябинска", "chelyabinsk"),
                ("Ярославля", "yaroslavl"),
                ("Новосибирска", "novosibirsk"),
            ],
        ),
        (
            "Переговоры прошли в Минске, затем под Москвой и в Рязани.",
            &[
                ("Минске", "minsk"),
                ("Москвой", "moscow"),
                ("Рязани", "ryazan"),
            ],
        ),
        (
            "Гости из Минска прибыли в Казань из Перми.",
            &[("Минска", "minsk"), ("Казань", "kazan"), ("Перми", "perm")],
        ),
        (
            "Туристы из Египта и Турции летят в Ригу, а из Орла в Грузию.",
            &[
                ("Египта", "eg"),
                ("Турции", "tr"),
                ("Ригу", "riga"),
                ("Орла", "orel"),
                ("Грузию", "ge"),
            ],
        ),
        (
            "Из Уфы в Рим, из Рима на Кубу; над Кубой и у берегов Японии.",
            &[
                ("Уфы", "ufa"),
                ("Рим", "rome"),
                ("Рима", "rome"),
                ("Кубу", "cu"),
                ("Кубой", "cu"),
                ("Японии", "jp"),
            ],
        ),
        // Russian: adjective and noun, and names of several words.
        (
            "Власти Мурманской области рассчитывают на рейсы в страны Юго-Восточной Азии.",
            &[
                ("Мурманской области", "murmansk-oblast-ru"),
                ("Юго-Восточной Азии", "southeast-asia"),
            ],
        ),
        (
            "Делегации Южной Кореи и Новой Зеландии побывали в Нижнем Новгороде.",
            &[
                ("Южной Кореи", "kr"),
                ("Новой Зеландии", "nz"),
                ("Нижнем Новгороде", "nizhniy-novgorod"),
            ],
        ),
        (
            "Рейс из Санкт-Петербурга в Ростов-на-Дону отменили, как и рейсы из Нью-Йорка.",
            &[
                ("Санкт-Петербурга", "saint-petersburg"),
                ("Ростов-на-Дону", "rostov-on-don"),
                ("Нью-Йорка", "new-york-city"),
            ],
        ),
        (
            "Посол Объединенных Арабских Эмиратов говорил о Нидерландах.",
            &[
                ("Объединенных Арабских Эмиратов", "ae"),
                ("Нидерландах", "nl"),
            ],
        ),
        (
            "Рыбаки с Курил, Южных Курил и Курильских островов.",
            &[
                ("Курил", "kuril-islands"),
                ("Южных Курил", "south-kurils"),
                ("Курильских островов", "kuril-islands"),
            ],
        ),
        // Ukrainian.
        (
            "Порти Одеської області відвантажили зерно з Одеси до Туреччини, Єгипту та Іспанії.",
            &[
                ("Одеської області", "odeska-oblast-ua"),
                ("Одеси", "odesa"),
                ("Туреччини", "tr"),
                ("Єгипту", "eg"),
                ("Іспанії", "es"),
            ],
        ),
        (
            "Зерно везуть через Польщу та Румунію, каже директорка компанії з Вінниці.",
            &[
                ("Польщу", "pl"),
                ("Румунію", "ro"),
                ("Вінниці", "vinnytsya"),
            ],
        ),
        (
            "У Києві та Харкові тихо; потяг зі Львова до Криму не ходить.",
            &[
                ("Києві", "kyiv"),
                ("Харкові", "kharkiv"),
                ("Львова", "lviv"),
                ("Криму", "crimea"),
            ],
        ),
        (
            "У Тернополі, з Миколаєва до Чернігова, у Луцьку і до Кривого Рогу.",
            &[
                ("Тернополі", "ternopil"),
                ("Миколаєва", "mykolayiv"),
                ("Чернігова", "chernihiv"),
                ("Луцьку", "lutsk"),
                ("Кривого Рогу", "kryvyy-rih"),
            ],
        ),
        (
            "У Польщі, в Румунії, у Празі й у Сумах.",
            &[
                ("Польщі", "pl"),
                ("Румунії", "ro"),
                ("Празі", "prague"),
                ("Сумах", "sumy"),
            ],
        ),
        // A surname-shaped name counts after a preposition of place.
        (
            "Сергей Иванов прибыл из Иванова в Иваново.",
            &[("Иванова", "ivanovo"), ("Иваново", "ivanovo")],
        ),
        (
            "Гетьман Богдан Хмельницький народився не в Хмельницькому; їдемо з Хмельницького.",
            &[
                ("Хмельницькому", "khmelnytskyi"),
                ("Хмельницького", "khmelnytskyi"),
            ],
        ),
        // Ordinary words, names of people and organisations: nothing.
        ("Министр Петрова и министр Иванова выступили.", &[]),
        (
            "Ольга Петрова и Мария Иванова встретились с Ольгой Петровой.",
            &[],
        ),
        (
            "Губернатор поддержал Королёва, а улица Кирова ведёт к Кремлю.",
            &[],
        ),
        ("Роста не будет, сказал глава Сбербанка.", &[]),
        (
            "По словам Сергея Лаврова, позиция Кремля не изменилась.",
            &[],
        ),
        // Чехов is not a case of Чехи, the Chechen name of the Czech Republic.
        ("Проводник Игорь Чехов работает на маршруте.", &[]),
        ("Книгу посвятили Пушкину, Толстому, Чехову и Горькому.", &[]),
        (
            "Выпускник Московского университета Владимира Путина не знает.",
            &[],
        ),
        (
            "Болельщики Спартака и Зенита поздравили Газпром с Днём Победы.",
            &[],
        ),
        (
            "Депутати Верховної Ради згадали вірші Тараса Шевченка.",
            &[],
        ),
        (
            "Митрополит Андрей Шептицький і пам'ятник Хмельницькому.",
            &[],
        ),
        ("Директорка розповіла про Марію Захарову.", &[]),
    ];
    // In the `full` tier Мира (Mira, Italy) and Долина (Dolyna, Ukraine) are towns whose
    // names are these words as written: the rules for names as written decide them, not the
    // rules for declined forms.
    #[cfg(not(feature = "full"))]
    let table = &[
        table,
        &[
            (
                "Проспект Мира пересекает улицу Кирова. Мира хватит всем.",
                &[][..],
            ),
            ("Наталія Долина розповіла про Марію Захарову.", &[]),
        ][..],
    ]
    .concat();
    // Through a Belarusian name (the data has no Russian one for Гомель).
    let table = &[
        table,
        &[(
            "Гости из Минска и Гомеля.",
            &[("Минска", "minsk"), ("Гомеля", "homyel")][..],
        )][..],
    ]
    .concat();
    let mut wrong = Vec::new();
    for (text, expected) in table.iter() {
        let got = found(text);
        if got != *expected {
            wrong.push(format!(
                "{text}\n  expected {expected:?}\n  found    {got:?}"
            ));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}

/// A labelled text: the plain text and the gold mentions as (start, end, place id).
fn parse(marked: &str) -> (String, Vec<(usize, usize, String)>) {
    let mut text = String::new();
    let mut gold = Vec::new();
    let mut rest = marked;
    while let Some(open) = rest.find('[') {
        let Some(close) = rest[open..].find("](").map(|i| open + i) else {
            break;
        };
        let Some(end) = rest[close..].find(')').map(|i| close + i) else {
            break;
        };
        text.push_str(&rest[..open]);
        let start = text.len();
        text.push_str(&rest[open + 1..close]);
        gold.push((start, text.len(), rest[close + 2..end].to_string()));
        rest = &rest[end + 1..];
    }
    text.push_str(rest);
    (text, gold)
}

/// Precision and recall per language over the labelled files (at least `min_files`) of
/// `folder`, relative to the crate root, printed with every error. Returns each language's
/// (precision, recall), and the report.
fn evaluate(
    folder: &str,
    min_files: usize,
) -> (std::collections::BTreeMap<String, (f64, f64)>, String) {
    let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join(folder);
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .expect(folder)
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .collect();
    files.sort();
    assert!(
        files.len() >= min_files,
        "{} files in {folder}",
        files.len()
    );
    // language -> (true positives, predicted, gold)
    let mut by_lang: std::collections::BTreeMap<String, (usize, usize, usize)> = Default::default();
    let mut errors = Vec::new();
    let mut outside_tier = Vec::new();
    for file in &files {
        let lang = file.file_name().unwrap().to_string_lossy()[..2].to_string();
        let (text, mut gold) = parse(&std::fs::read_to_string(file).unwrap());
        // A place that this data tier leaves out (a small city without the `full` feature)
        // cannot be found: it is reported, not counted against recall.
        gold.retain(|(start, end, id)| {
            let present = toponym::place(id).is_some();
            if !present {
                outside_tier.push(format!(
                    "{}: {:?} = {id}",
                    file.display(),
                    &text[*start..*end]
                ));
            }
            present
        });
        let predicted: Vec<(usize, usize, String)> = find_in_text(&text)
            .iter()
            .map(|m| (m.start(), m.end(), m.best().place().id().to_string()))
            .collect();
        let tp = predicted.iter().filter(|p| gold.contains(p)).count();
        let e = by_lang.entry(lang).or_default();
        e.0 += tp;
        e.1 += predicted.len();
        e.2 += gold.len();
        for p in predicted.iter().filter(|p| !gold.contains(p)) {
            errors.push(format!(
                "{}: false {:?} = {}",
                file.display(),
                &text[p.0..p.1],
                p.2
            ));
        }
        for g in gold.iter().filter(|g| !predicted.contains(g)) {
            errors.push(format!(
                "{}: missed {:?} = {}",
                file.display(),
                &text[g.0..g.1],
                g.2
            ));
        }
    }
    let mut report = format!("{folder}\n");
    let mut figures = std::collections::BTreeMap::new();
    for (lang, (tp, predicted, gold)) in &by_lang {
        let precision = *tp as f64 / (*predicted).max(1) as f64;
        let recall = *tp as f64 / (*gold).max(1) as f64;
        figures.insert(lang.clone(), (precision, recall));
        report.push_str(&format!("{lang}: precision {precision:.3} ({tp}/{predicted}), recall {recall:.3} ({tp}/{gold})\n"));
    }
    if !outside_tier.is_empty() {
        report.push_str(&format!(
            "not in this data tier: {}\n",
            outside_tier.join(", ")
        ));
    }
    report.push_str(&errors.join("\n"));
    println!("{report}");
    (figures, report)
}

#[test]
fn precision_and_recall_on_the_corpus() {
    let (figures, report) = evaluate("tests/corpus", 16);
    let worst = figures.values().fold(1.0f64, |w, &(p, r)| w.min(p).min(r));
    assert!(worst >= 0.9, "below 0.9:\n{report}");
}

/// The paragraphs of tests/corpus-held-out/ were written after the precision rules were tuned
/// on tests/corpus/ and have never been used to tune them, so their figures are the honest
/// ones. The floors are lower than the tuning corpus's 0.9 because the rules were not fitted
/// to these paragraphs; still, a tagger without its precision rules (English precision 0.65)
/// or one that found nothing fails them.
///
/// Russian and Ukrainian decline names ("из Китая", "в Москве", "з Одеси"). Before the tagger
/// looked declined forms up in the nominative it found 4 of the 13 Russian mentions and 1 of
/// the 9 Ukrainian ones (1 of 11 with the `full` tier); the declension rules, written from the
/// grammar and checked on sentences of their own (`declined_russian_and_ukrainian_names`), then
/// found all of them in the default tier, with no false mention. In the `full` tier Russian
/// precision is 0.929 ("Новый сезон", the new season, opens a sentence, and Новый is the
/// Russian name of Novi, Michigan, a name as written that the tagger found before too) and
/// Ukrainian recall 0.909 (the data has Південне only as a name of unknown language, which
/// counts only for an important place). The floors leave a margin of about one error.
#[test]
fn precision_and_recall_on_the_held_out_corpus() {
    let (figures, report) = evaluate("tests/corpus-held-out", 10);
    // (language, precision floor, recall floor)
    let floors = [
        ("en", 0.75, 0.75),
        ("ja", 0.75, 0.75),
        ("ru", 0.85, 0.85),
        ("uk", 0.85, 0.8),
    ];
    for (lang, min_precision, min_recall) in floors {
        let (precision, recall) = figures[lang];
        assert!(
            precision >= min_precision && recall >= min_recall,
            "{lang} below its floor (precision {min_precision}, recall {min_recall}):\n{report}"
        );
    }
}

#[test]
fn a_title_makes_a_person_and_a_qualifier_says_which_place() {
    assert_eq!(
        found("President Lincoln and Queen Victoria met Mr. Paris in Paris."),
        [("Paris", "paris")]
    );
    assert_eq!(
        found("König Ludwig kam nach Bayern."),
        [("Bayern", "bavaria-de")]
    );
    // "Athens, Georgia": the city in the US state, and the state, not the country.
    let text = "Athens, Georgia, is a college town. London, Ontario is smaller.";
    assert_eq!(
        found(text),
        [
            ("Athens", "athens-us"),
            ("Georgia", "georgia-us"),
            ("London", "london-ca"),
            ("Ontario", "ontario-ca")
        ]
    );
    // Without the qualifier, the most important places as before.
    assert_eq!(
        found("Athens and Georgia"),
        [("Athens", "athens"), ("Georgia", "ge")]
    );
    // A code is a word in running text.
    assert_eq!(found("THEY ARE AND WILL BE."), []);
}
