//! Development tool (not a user command): writes a synthetic corpus of Vietnamese
//! political news articles and, for each, the gold annotation it implies
//! (`shared/eval/GOLD_FORMAT.md`), for benchmarks and recall at scale.
//!
//! ```sh
//! cargo run --release --example gen_corpus -- --n 100000 --out DIR [--seed S]
//! ```
//!
//! writes `DIR/txt/NNNNNN_<hash>.txt` and `DIR/gold/NNNNNN_<hash>.json`. Score with
//! `python3 shared/eval/score.py GRAPH.json DIR/gold`.
//!
//! Articles are built from varied templates over a small world: central bodies and
//! officials reused across articles (so merging is exercised), provinces with their
//! committees, councils, police and departments, officials generated from surname,
//! middle and given syllable lists, documents with codes, issuers, implementation
//! chains and supersessions, and meetings with an organiser, chairs, attendees,
//! speakers and the documents they discussed. Phrasing varies: ranks, titles before
//! or after names, dash or comma appositions, colon lists of attendees, dates in
//! several forms, abbreviations (UBND, HĐND, BTV), old tone placement ("uỷ"), site
//! boilerplate, bylines, and NFD / NBSP / CRLF noise in some articles. The output
//! is a pure function of `--n` and `--seed`.

use std::collections::BTreeMap;
use std::fmt::Write as _;
use std::fs;
use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};

use serde_json::{json, Value};
use unicode_normalization::UnicodeNormalization;

/// splitmix64: small, fast, deterministic.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9E37_79B9_7F4A_7C15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xBF58_476D_1CE4_E5B9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94D0_49BB_1331_11EB);
        z ^ (z >> 31)
    }
    fn below(&mut self, n: usize) -> usize {
        (self.next() % n.max(1) as u64) as usize
    }
    fn range(&mut self, lo: u32, hi: u32) -> u32 {
        lo + (self.next() % u64::from(hi - lo + 1)) as u32
    }
    fn chance(&mut self, p: f64) -> bool {
        (self.next() >> 11) as f64 / (1u64 << 53) as f64 <= p
    }
    fn pick<T: Copy>(&mut self, items: &[T]) -> T {
        items[self.below(items.len())]
    }
    fn pick_ref<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

const SURNAMES: &[&str] = &[
    "Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Phan", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ",
    "Hồ", "Ngô", "Dương", "Lý", "Đinh", "Trịnh", "Lương", "Mai", "Tạ", "Hà", "Cao", "Lâm", "Đoàn",
    "Vương", "Chu", "Quách", "Thái", "Kiều", "Triệu", "Nông", "Lò", "Tống", "Lại",
];
const MIDDLES: &[&str] = &[
    "Văn", "Thị", "Hữu", "Đức", "Minh", "Quốc", "Thanh", "Hồng", "Xuân", "Ngọc", "Công", "Đình",
    "Thế", "Quang", "Mạnh", "Tiến", "Kim", "Bá", "Trọng", "Duy", "Thu", "Tuấn", "Khắc", "Viết",
    "Như", "Trung", "Hải", "Phú", "Sỹ", "Thành", "Anh", "Hoài", "Mỹ", "Diệu",
];
const GIVENS: &[&str] = &[
    "An", "Bình", "Cường", "Dũng", "Hải", "Hùng", "Hưng", "Khánh", "Lâm", "Long", "Nam", "Phong",
    "Quân", "Sơn", "Tâm", "Thắng", "Thành", "Trung", "Tuấn", "Vinh", "Hoa", "Lan", "Hương", "Nga",
    "Thảo", "Yến", "Linh", "Phương", "Chiến", "Định", "Khiêm", "Châu", "Hiếu", "Lực", "Toàn",
    "Tùng", "Hậu", "Khôi", "Nghĩa", "Quyết", "Thuận", "Tỏ", "Dung", "Hạnh", "Huệ", "Loan", "Oanh",
    "Tú", "Vượng", "Đông", "Giang", "Kiên", "Luân", "Sáng", "Trí",
];
const RANKS: &[&str] = &[
    "Đại tướng",
    "Thượng tướng",
    "Trung tướng",
    "Thiếu tướng",
    "Đại tá",
    "Thượng tá",
    "Trung tá",
];

/// (name, "tỉnh" | "thành phố", party committee head).
const PROVINCES: &[(&str, &str)] = &[
    ("Nghệ An", "tỉnh"),
    ("Hà Tĩnh", "tỉnh"),
    ("Quảng Bình", "tỉnh"),
    ("Quảng Ninh", "tỉnh"),
    ("Thanh Hóa", "tỉnh"),
    ("Phú Thọ", "tỉnh"),
    ("Sơn La", "tỉnh"),
    ("Lạng Sơn", "tỉnh"),
    ("Thái Nguyên", "tỉnh"),
    ("Bắc Ninh", "tỉnh"),
    ("Ninh Bình", "tỉnh"),
    ("Quảng Trị", "tỉnh"),
    ("Quảng Ngãi", "tỉnh"),
    ("Gia Lai", "tỉnh"),
    ("Đắk Lắk", "tỉnh"),
    ("Lâm Đồng", "tỉnh"),
    ("Khánh Hòa", "tỉnh"),
    ("Đồng Nai", "tỉnh"),
    ("Tây Ninh", "tỉnh"),
    ("An Giang", "tỉnh"),
    ("Cà Mau", "tỉnh"),
    ("Vĩnh Long", "tỉnh"),
    ("Đồng Tháp", "tỉnh"),
    ("Lào Cai", "tỉnh"),
    ("Tuyên Quang", "tỉnh"),
    ("Cao Bằng", "tỉnh"),
    ("Điện Biên", "tỉnh"),
    ("Lai Châu", "tỉnh"),
    ("Hà Nội", "thành phố"),
    ("Hải Phòng", "thành phố"),
    ("Đà Nẵng", "thành phố"),
    ("Cần Thơ", "thành phố"),
    ("Huế", "thành phố"),
];

/// Provincial departments (Sở ...).
const DEPARTMENTS: &[&str] = &[
    "Tài chính",
    "Xây dựng",
    "Y tế",
    "Giáo dục và Đào tạo",
    "Nội vụ",
    "Tư pháp",
    "Công Thương",
    "Nông nghiệp và Môi trường",
    "Khoa học và Công nghệ",
    "Văn hóa, Thể thao và Du lịch",
    "Dân tộc và Tôn giáo",
    "Ngoại vụ",
];

/// Ministries: (name after "Bộ", short form after "Bộ trưởng").
const MINISTRIES: &[&str] = &[
    "Công an",
    "Quốc phòng",
    "Nội vụ",
    "Tài chính",
    "Y tế",
    "Tư pháp",
    "Xây dựng",
    "Giáo dục và Đào tạo",
    "Công Thương",
    "Ngoại giao",
    "Nông nghiệp và Môi trường",
    "Khoa học và Công nghệ",
];

/// Departments of ministries, for part_of: (Cục name, parent body).
/// Bodies of a party committee named after it ("Ban Thường vụ Tỉnh ủy X").
const SUB_BODIES: &[&str] = &[
    "Ban Thường vụ ",
    "Ban Chấp hành ",
    "Ban Tổ chức ",
    "Ban Tuyên giáo và Dân vận ",
    "Ban Nội chính ",
    "Ủy ban Kiểm tra ",
    "Văn phòng ",
];

const AGENCIES: &[(&str, &str)] = &[
    ("Cục Công tác Đảng và Công tác Chính trị", "Bộ Công an"),
    ("Cục Quản lý Khám, chữa bệnh", "Bộ Y tế"),
    ("Cục Bảo vệ chính trị nội bộ", "Ban Tổ chức Trung ương"),
    ("Cục Quản lý công sản", "Bộ Tài chính"),
    ("Cục Quản lý chất lượng", "Bộ Giáo dục và Đào tạo"),
    ("Cục Cảnh sát hình sự", "Bộ Công an"),
    ("Cục Kinh tế", "Bộ Quốc phòng"),
    ("Cục Lãnh sự", "Bộ Ngoại giao"),
];

/// Subjects of documents and meetings ("về ...").
const SUBJECTS: &[&str] = &[
    "đẩy mạnh xây dựng lực lượng Công an nhân dân thật sự trong sạch, vững mạnh, chính quy, tinh nhuệ, hiện đại",
    "đột phá phát triển khoa học, công nghệ, đổi mới sáng tạo và chuyển đổi số quốc gia",
    "tăng cường công tác bảo vệ chính trị nội bộ Đảng trong tình hình mới",
    "tiếp tục đổi mới, sắp xếp tổ chức bộ máy của hệ thống chính trị tinh gọn, hoạt động hiệu lực, hiệu quả",
    "phát triển kinh tế tư nhân",
    "công tác kiểm tra, giám sát và kỷ luật của Đảng",
    "đổi mới công tác xây dựng và thi hành pháp luật đáp ứng yêu cầu phát triển đất nước",
    "đột phá phát triển giáo dục và đào tạo",
    "tăng cường củng cố, xây dựng tổ chức cơ sở đảng và nâng cao chất lượng đội ngũ đảng viên",
    "công tác cán bộ và bảo vệ chính trị nội bộ",
    "phòng, chống tham nhũng, lãng phí, tiêu cực",
    "bảo vệ nền tảng tư tưởng của Đảng, đấu tranh phản bác các quan điểm sai trái, thù địch",
    "chăm sóc, bảo vệ và nâng cao sức khỏe Nhân dân",
    "phát triển văn hóa, con người Việt Nam",
    "công tác dân vận trong tình hình mới",
];

/// Filler sentences: political prose without entities, as most of an article is.
const FILLER: &[&str] = &[
    "Công tác xây dựng, chỉnh đốn Đảng và hệ thống chính trị được các cấp ủy, tổ chức đảng quan tâm lãnh đạo, chỉ đạo thường xuyên, đạt nhiều kết quả quan trọng",
    "Nhận thức của cán bộ, đảng viên về vị trí, vai trò của công tác này ngày càng được nâng lên",
    "Bên cạnh kết quả đạt được, vẫn còn một số hạn chế, khó khăn, vướng mắc cần được tháo gỡ kịp thời",
    "Việc triển khai ở một số nơi còn chậm, chưa đồng bộ, hiệu quả chưa cao",
    "Các đại biểu tập trung thảo luận, làm rõ những kết quả đạt được, chỉ ra hạn chế, nguyên nhân và rút ra bài học kinh nghiệm",
    "Nhiều ý kiến tâm huyết, trách nhiệm đã được các đại biểu nêu ra, góp phần hoàn thiện các nội dung trình hội nghị",
    "Thời gian tới, cần tiếp tục đổi mới nội dung, phương thức lãnh đạo, nâng cao năng lực lãnh đạo, sức chiến đấu của tổ chức đảng",
    "Các địa phương, đơn vị cần bám sát thực tiễn, chủ động xây dựng kế hoạch cụ thể, phân công rõ người, rõ việc, rõ trách nhiệm",
    "Đây là nhiệm vụ chính trị quan trọng, thường xuyên, lâu dài, đòi hỏi sự vào cuộc của cả hệ thống chính trị",
    "Tăng cường công tác kiểm tra, giám sát, kịp thời phát hiện, chấn chỉnh những sai phạm, khuyết điểm",
    "Đẩy mạnh cải cách hành chính, chuyển đổi số, nâng cao chất lượng phục vụ người dân và doanh nghiệp",
    "Quan tâm đào tạo, bồi dưỡng đội ngũ cán bộ có đủ phẩm chất, năng lực, uy tín, ngang tầm nhiệm vụ",
    "Phát huy vai trò nêu gương của người đứng đầu, tạo sự lan tỏa trong toàn Đảng bộ",
    "Kết quả đó góp phần quan trọng vào việc hoàn thành thắng lợi các mục tiêu, nhiệm vụ phát triển kinh tế - xã hội",
    "Tình hình an ninh chính trị, trật tự an toàn xã hội được giữ vững, đời sống vật chất, tinh thần của Nhân dân từng bước được nâng lên",
    "Công tác tuyên truyền được thực hiện bài bản, tạo sự đồng thuận cao trong cán bộ, đảng viên và Nhân dân",
    "Cần làm tốt công tác tư tưởng, tạo sự thống nhất cao về nhận thức và hành động",
    "Các cơ quan tham mưu phải nâng cao chất lượng, bảo đảm tiến độ, không để chậm trễ, đùn đẩy trách nhiệm",
    "Việc sắp xếp tổ chức bộ máy phải gắn với tinh giản biên chế, cơ cấu lại đội ngũ cán bộ, công chức, viên chức",
    "Nguồn lực được ưu tiên bố trí cho các nhiệm vụ trọng tâm, các công trình, dự án có tính lan tỏa",
    "Những kinh nghiệm quý được rút ra sẽ là cơ sở để tiếp tục thực hiện hiệu quả trong giai đoạn tới",
    "Phong trào thi đua yêu nước được phát động sâu rộng với nhiều mô hình hay, cách làm sáng tạo",
    "Đến nay, các chỉ tiêu cơ bản đều đạt và vượt kế hoạch đề ra",
    "Cần khắc phục triệt để tình trạng nói nhiều làm ít, nói không đi đôi với làm",
];

const BOILERPLATE_HEAD: &[&str] = &[
    "Đánh giá bài viết",
    "Chia sẻ",
    "Thời sự",
    "Chính trị",
    "Xây dựng Đảng",
    "In bài viết",
];
const BOILERPLATE_TAIL: &[&str] = &[
    "Tin liên quan",
    "Các tin khác",
    "Tin cùng chuyên mục",
    "Bài viết liên quan",
    "Xem nhiều nhất",
];
const OUTLETS: &[&str] = &["CAND", "TTXVN", "Nhân Dân", "QĐND", "Báo Chính phủ", "VOV"];

const WEEKDAYS: &[&str] = &[
    "Chủ nhật",
    "Thứ hai",
    "Thứ ba",
    "Thứ tư",
    "Thứ năm",
    "Thứ sáu",
    "Thứ bảy",
];

#[derive(Clone, Copy)]
struct Date {
    y: u32,
    m: u32,
    d: u32,
}

impl Date {
    fn random(rng: &mut Rng, years: (u32, u32)) -> Date {
        Date {
            y: rng.range(years.0, years.1),
            m: rng.range(1, 12),
            d: rng.range(1, 28),
        }
    }
    fn iso(self) -> String {
        format!("{:04}-{:02}-{:02}", self.y, self.m, self.d)
    }
    /// A document's date as articles write it after "ngày".
    fn written(self, rng: &mut Rng) -> String {
        match rng.below(4) {
            0 => format!("{}/{}/{}", self.d, self.m, self.y),
            1 => format!("{}-{}-{}", self.d, self.m, self.y),
            2 => format!("{:02}/{:02}/{}", self.d, self.m, self.y),
            _ => format!("{} tháng {} năm {}", self.d, self.m, self.y),
        }
    }
    fn weekday(self) -> &'static str {
        // Zeller-like day count; the exact weekday is not checked by anyone but looks real.
        let (y, m) = if self.m < 3 {
            (self.y - 1, self.m + 12)
        } else {
            (self.y, self.m)
        };
        let k = y % 100;
        let j = y / 100;
        let h = (self.d + 13 * (m + 1) / 5 + k + k / 4 + j / 4 + 5 * j) % 7;
        WEEKDAYS[((h + 6) % 7) as usize]
    }
}

/// An organisation as the gold names it, with the form the text used.
#[derive(Clone)]
struct Org {
    name: String,
    written: String,
}

impl Org {
    fn plain(name: &str) -> Org {
        Org {
            name: name.to_string(),
            written: name.to_string(),
        }
    }
}

/// A title as written ("Phó Bí thư Thường trực Tỉnh ủy") and the fact it states.
#[derive(Clone)]
struct Title {
    written: String,
    role: String,
    org: Org,
    /// Another reading (role, body) the gold accepts.
    alt: Option<(String, Org)>,
    /// A body the title's body is part of (`Cục X (Bộ Y)`).
    parent: Option<Org>,
}

#[derive(Clone)]
struct Person {
    name: String,
    rank: Option<&'static str>,
    titles: Vec<Title>,
}

/// A directive document.
#[derive(Clone)]
struct Document {
    doc_type: &'static str,
    number: String,
    code: String,
    /// The separator between number and code ("-" for party codes, "/" for state ones).
    sep: &'static str,
    issuer: Org,
    date: Date,
    subject: &'static str,
}

impl Document {
    fn full(&self) -> String {
        format!(
            "{} số {}{}{}",
            self.doc_type, self.number, self.sep, self.code
        )
    }
    fn short(&self) -> String {
        format!("{} số {}", self.doc_type, self.number)
    }
}

/// The world the articles report on: central officials and documents reused
/// across articles.
struct World {
    central: Vec<Person>,
    central_docs: Vec<Document>,
}

fn gen_name(rng: &mut Rng) -> String {
    let surname = rng.pick(SURNAMES);
    let given = rng.pick(GIVENS);
    match rng.below(20) {
        0 => format!("{surname} {given}"),
        1 | 2 => format!(
            "{surname} {} {} {given}",
            rng.pick(MIDDLES),
            rng.pick(MIDDLES)
        ),
        _ => format!("{surname} {} {given}", rng.pick(MIDDLES)),
    }
}

fn title(written: &str, role: &str, org: Org) -> Title {
    Title {
        written: written.to_string(),
        role: role.to_string(),
        org,
        alt: None,
        parent: None,
    }
}

const BCH: &str = "Ban Chấp hành Trung ương Đảng";

fn central_title(rng: &mut Rng) -> Title {
    let ministry = rng.pick(MINISTRIES);
    let bo = format!("Bộ {ministry}");
    match rng.below(12) {
        0 => title(
            "Ủy viên Bộ Chính trị",
            "Ủy viên",
            Org::plain("Bộ Chính trị"),
        ),
        1 => title(
            "Bí thư Trung ương Đảng",
            "Bí thư",
            Org {
                name: BCH.into(),
                written: "Trung ương Đảng".into(),
            },
        ),
        2 => title(
            "Ủy viên Trung ương Đảng",
            "Ủy viên",
            Org {
                name: BCH.into(),
                written: "Trung ương Đảng".into(),
            },
        ),
        3 => title(
            "Trưởng Ban Tổ chức Trung ương",
            "Trưởng Ban",
            Org::plain("Ban Tổ chức Trung ương"),
        ),
        4 => title(
            "Phó Trưởng Ban Tuyên giáo và Dân vận Trung ương",
            "Phó Trưởng Ban",
            Org::plain("Ban Tuyên giáo và Dân vận Trung ương"),
        ),
        5 => title(&format!("Bộ trưởng {bo}"), "Bộ trưởng", Org::plain(&bo)),
        6 => title(
            &format!("Bộ trưởng {ministry}"),
            "Bộ trưởng",
            Org {
                name: bo.clone(),
                written: ministry.to_string(),
            },
        ),
        7 => title(&format!("Thứ trưởng {bo}"), "Thứ trưởng", Org::plain(&bo)),
        8 => title(
            "Phó Thủ tướng Chính phủ",
            "Phó Thủ tướng",
            Org::plain("Chính phủ"),
        ),
        9 => title(
            "Phó Chủ tịch Quốc hội",
            "Phó Chủ tịch",
            Org::plain("Quốc hội"),
        ),
        10 => title(
            "Phó Bí thư Đảng ủy Công an Trung ương",
            "Phó Bí thư",
            Org::plain("Đảng ủy Công an Trung ương"),
        ),
        _ => title(
            "Chủ nhiệm Ủy ban Kiểm tra Trung ương",
            "Chủ nhiệm",
            Org::plain("Ủy ban Kiểm tra Trung ương"),
        ),
    }
}

impl World {
    fn new(rng: &mut Rng) -> World {
        let central = (0..400)
            .map(|_| {
                let n_titles = 1 + rng.below(3);
                let mut titles: Vec<Title> = Vec::new();
                for _ in 0..n_titles {
                    let t = central_title(rng);
                    if !titles.iter().any(|u| u.org.name == t.org.name) {
                        titles.push(t);
                    }
                }
                let police = titles.iter().any(|t| t.org.name.contains("Công an"))
                    || titles.iter().any(|t| t.org.name == "Bộ Quốc phòng");
                Person {
                    name: gen_name(rng),
                    rank: police.then(|| RANKS[rng.below(4)]),
                    titles,
                }
            })
            .collect();
        let issuers: &[(&str, &str, &[&str])] = &[
            (
                "Bộ Chính trị",
                "TW",
                &["Nghị quyết", "Chỉ thị", "Kết luận", "Quy định"],
            ),
            (
                "Ban Bí thư Trung ương Đảng",
                "TW",
                &["Chỉ thị", "Quyết định", "Kết luận"],
            ),
            (BCH, "TW", &["Nghị quyết", "Quy định"]),
            ("Ban Tổ chức Trung ương", "BTCTW", &["Hướng dẫn"]),
            ("Ủy ban Kiểm tra Trung ương", "UBKTTW", &["Hướng dẫn"]),
            (
                "Đảng ủy Công an Trung ương",
                "ĐUCA",
                &["Nghị quyết", "Kế hoạch"],
            ),
        ];
        // One document per type, number and code: a number and code name one
        // document (of one year), as the gold's identities assume.
        let mut seen = std::collections::BTreeSet::new();
        let central_docs = (0..600)
            .map(|_| {
                let (issuer, code, types) = rng.pick(issuers);
                let doc_type = rng.pick(types);
                Document {
                    doc_type,
                    number: format!("{:02}", rng.range(1, 399)),
                    code: format!("{}/{code}", prefix(doc_type)),
                    sep: "-",
                    issuer: Org::plain(issuer),
                    date: Date::random(rng, (2016, 2023)),
                    subject: rng.pick(SUBJECTS),
                }
            })
            .filter(|d| seen.insert((d.doc_type, d.number.clone(), d.code.clone())))
            .collect();
        World {
            central,
            central_docs,
        }
    }
}

fn prefix(doc_type: &str) -> &'static str {
    match doc_type {
        "Nghị quyết" => "NQ",
        "Chỉ thị" => "CT",
        "Kết luận" => "KL",
        "Quy định" | "Quyết định" => "QĐ",
        "Hướng dẫn" => "HD",
        "Kế hoạch" => "KH",
        "Chương trình hành động" => "CTr",
        _ => "TB",
    }
}

/// The gold annotation of one article, built as the text is written.
#[derive(Default)]
struct Gold {
    entities: Vec<Value>,
    index: BTreeMap<(String, String), String>,
    relations: Vec<Value>,
    seen_relations: std::collections::BTreeSet<String>,
    counts: BTreeMap<char, usize>,
}

impl Gold {
    fn entity(&mut self, kind: &str, name: &str, fields: Value, optional: bool) -> String {
        let key = (kind.to_string(), name.to_string());
        if let Some(id) = self.index.get(&key) {
            let id = id.clone();
            if !optional {
                if let Some(e) = self.entities.iter_mut().find(|e| e["id"] == id.as_str()) {
                    if let Some(obj) = e.as_object_mut() {
                        obj.remove("optional");
                    }
                }
            }
            return id;
        }
        let letter = kind.chars().next().unwrap_or('x');
        let n = self.counts.entry(letter).or_default();
        *n += 1;
        let id = format!("{letter}{n}");
        let mut e = json!({"id": id, "kind": kind, "name": name, "aliases": []});
        if let (Some(obj), Some(extra)) = (e.as_object_mut(), fields.as_object()) {
            for (k, v) in extra {
                obj.insert(k.clone(), v.clone());
            }
            if optional {
                obj.insert("optional".into(), json!(true));
            }
        }
        self.entities.push(e);
        self.index.insert(key, id.clone());
        id
    }
    fn alias(&mut self, id: &str, alias: &str) {
        if let Some(e) = self.entities.iter_mut().find(|e| e["id"] == id) {
            if e["name"] == alias {
                return;
            }
            if let Some(list) = e["aliases"].as_array_mut() {
                if !list.iter().any(|a| a == alias) {
                    list.push(json!(alias));
                }
            }
        }
    }
    fn org(&mut self, org: &Org, optional: bool) -> String {
        let id = self.entity("organization", &org.name, json!({}), optional);
        self.alias(&id, &org.written);
        // "Ban Thường vụ Tỉnh ủy X" is part of "Tỉnh ủy X" by its name alone:
        // optional, as the hand-made gold has it.
        for sub in SUB_BODIES {
            if let Some(owner) = org.name.strip_prefix(sub) {
                if owner.starts_with("Tỉnh ủy ") || owner.starts_with("Thành ủy ") {
                    let parent = self.entity("organization", owner, json!({}), true);
                    self.relation("part_of", &id, &parent, None, None, true);
                }
            }
        }
        id
    }
    fn person(&mut self, p: &Person, optional: bool) -> String {
        self.entity("person", &p.name, json!({"rank": p.rank}), optional)
    }
    fn document(&mut self, d: &Document) -> String {
        let id = self.cited(d);
        let issuer = self.org(&d.issuer, false);
        self.relation("issued", &issuer, &id, None, None, false);
        id
    }
    /// A document whose issuer the text does not name.
    fn cited(&mut self, d: &Document) -> String {
        self.entity(
            "resolution",
            &d.full(),
            json!({"doc_type": d.doc_type, "number": d.number, "code": d.code,
                   "date": d.date.iso()}),
            false,
        )
    }
    fn relation(
        &mut self,
        kind: &str,
        source: &str,
        target: &str,
        role: Option<&str>,
        alt: Option<Value>,
        optional: bool,
    ) {
        let key = format!("{kind}|{source}|{target}|{}", role.unwrap_or(""));
        if !self.seen_relations.insert(key) {
            return;
        }
        let mut r = json!({"kind": kind, "source": source, "target": target});
        if let Some(obj) = r.as_object_mut() {
            if let Some(role) = role {
                obj.insert("role".into(), json!(role));
            }
            if let Some(alt) = alt {
                obj.insert("alternatives".into(), json!([alt]));
            }
            if optional {
                obj.insert("optional".into(), json!(true));
            }
        }
        self.relations.push(r);
    }
    /// A person mentioned with titles: the person, the bodies, the positions.
    fn titled(&mut self, p: &Person, titles: &[Title]) -> String {
        let id = self.person(p, false);
        for t in titles {
            let org = self.org(&t.org, false);
            let alt = t.alt.as_ref().map(|(role, body)| {
                let body = self.org(body, true);
                json!({"source": id, "target": body, "role": role})
            });
            self.relation("holds_position", &id, &org, Some(&t.role), alt, false);
            if let Some(parent) = &t.parent {
                let parent = self.org(parent, false);
                self.relation("part_of", &org, &parent, None, None, false);
            }
        }
        id
    }
}

/// One province's bodies and officials, as an article about it names them.
struct Province {
    name: &'static str,
    unit: &'static str,
    /// "Tỉnh ủy" or "Thành ủy".
    committee: &'static str,
}

impl Province {
    fn committee(&self) -> String {
        format!("{} {}", self.committee, self.name)
    }
    fn people_committee(&self) -> String {
        format!("Ủy ban nhân dân {} {}", self.unit, self.name)
    }
    fn council(&self) -> String {
        format!("Hội đồng nhân dân {} {}", self.unit, self.name)
    }
    fn police(&self) -> String {
        format!("Công an {} {}", self.unit, self.name)
    }
    /// A provincial title, written with or without the place.
    fn title(&self, rng: &mut Rng, old_tones: bool) -> Title {
        let with_place = rng.chance(0.3);
        let place = if with_place {
            format!(" {}", self.name)
        } else {
            String::new()
        };
        let cm = if old_tones {
            self.committee.replace("ủy", "uỷ")
        } else {
            self.committee.to_string()
        };
        let unit = self.unit;
        let committee = Org {
            name: self.committee(),
            written: format!("{cm}{place}"),
        };
        match rng.below(14) {
            0 => title(&format!("Bí thư {cm}{place}"), "Bí thư", committee),
            1 => title(
                &format!("Phó Bí thư Thường trực {cm}{place}"),
                "Phó Bí thư Thường trực",
                committee,
            ),
            2 => title(&format!("Phó Bí thư {cm}{place}"), "Phó Bí thư", committee),
            3 => {
                let btv = Org {
                    name: format!("Ban Thường vụ {}", self.committee()),
                    written: format!("Ban Thường vụ {cm}{place}"),
                };
                let written = if rng.chance(0.3) {
                    format!("Ủy viên BTV {cm}{place}")
                } else {
                    format!("Ủy viên Ban Thường vụ {cm}{place}")
                };
                Title {
                    alt: Some(("Ủy viên".into(), btv)),
                    ..title(&written, "Ủy viên Ban Thường vụ", committee)
                }
            }
            4 | 5 => {
                let (written, org_written) = if rng.chance(0.6) {
                    (format!("UBND {unit}{place}"), format!("UBND {unit}{place}"))
                } else {
                    (
                        format!("Ủy ban nhân dân {unit}{place}"),
                        format!("Ủy ban nhân dân {unit}{place}"),
                    )
                };
                let role = if rng.chance(0.4) {
                    "Chủ tịch"
                } else {
                    "Phó Chủ tịch"
                };
                title(
                    &format!("{role} {written}"),
                    role,
                    Org {
                        name: self.people_committee(),
                        written: org_written,
                    },
                )
            }
            6 => {
                let role = rng.pick(&["Chủ tịch", "Phó Chủ tịch"]);
                title(
                    &format!("{role} HĐND {unit}{place}"),
                    role,
                    Org {
                        name: self.council(),
                        written: format!("HĐND {unit}{place}"),
                    },
                )
            }
            7 => title(
                &format!("Giám đốc Công an {unit}{place}"),
                "Giám đốc",
                Org {
                    name: self.police(),
                    written: format!("Công an {unit}{place}"),
                },
            ),
            8 | 9 => {
                let dept = rng.pick(DEPARTMENTS);
                let role = rng.pick(&["Giám đốc", "Phó Giám đốc"]);
                title(
                    &format!("{role} Sở {dept}"),
                    role,
                    Org {
                        name: format!("Sở {dept} {unit} {}", self.name),
                        written: format!("Sở {dept}"),
                    },
                )
            }
            10 => {
                let ban = rng.pick(&["Tổ chức", "Tuyên giáo và Dân vận", "Nội chính"]);
                title(
                    &format!("Trưởng Ban {ban} {cm}{place}"),
                    "Trưởng Ban",
                    Org {
                        name: format!("Ban {ban} {}", self.committee()),
                        written: format!("Ban {ban} {cm}{place}"),
                    },
                )
            }
            11 => title(
                &format!("Chánh Văn phòng {cm}{place}"),
                "Chánh Văn phòng",
                Org {
                    name: format!("Văn phòng {}", self.committee()),
                    written: format!("Văn phòng {cm}{place}"),
                },
            ),
            12 => title(
                &format!("Chủ nhiệm Ủy ban Kiểm tra {cm}{place}"),
                "Chủ nhiệm",
                Org {
                    name: format!("Ủy ban Kiểm tra {}", self.committee()),
                    written: format!("Ủy ban Kiểm tra {cm}{place}"),
                },
            ),
            _ => title(
                "Đại biểu Quốc hội khóa XV",
                "Đại biểu",
                Org::plain("Quốc hội"),
            ),
        }
    }
}

/// How a person is named in a sentence; the gold records the titles written.
fn mention(rng: &mut Rng, gold: &mut Gold, p: &Person, n_titles: usize) -> String {
    let titles: Vec<Title> = p.titles.iter().take(n_titles).cloned().collect();
    gold.titled(p, &titles);
    let rank = p.rank.map(|r| format!("{r} ")).unwrap_or_default();
    let list = titles
        .iter()
        .map(|t| t.written.as_str())
        .collect::<Vec<_>>()
        .join(", ");
    if titles.is_empty() {
        return format!("đồng chí {}", p.name);
    }
    match rng.below(6) {
        0 | 1 => format!("{rank}{}, {list}", p.name),
        2 => format!("{rank}{} – {list}", p.name),
        3 => format!("{rank}{} - {list}", p.name),
        4 if titles.len() == 1 => format!("{} {rank}{}", titles[0].written, p.name),
        _ => format!("đồng chí {rank}{}, {list}", p.name),
    }
}

fn capitalise(s: &str) -> String {
    let mut c = s.chars();
    match c.next() {
        Some(f) => f.to_uppercase().chain(c).collect(),
        None => String::new(),
    }
}

fn filler(rng: &mut Rng, out: &mut String, n: usize) {
    for i in 0..n {
        if i > 0 {
            out.push(' ');
        }
        out.push_str(rng.pick(FILLER));
        out.push('.');
    }
}

/// Writes one article; returns (text, gold JSON).
fn article(rng: &mut Rng, world: &World, doc_name: &str) -> (String, Value) {
    let mut gold = Gold::default();
    let (pname, unit) = rng.pick(PROVINCES);
    let province = Province {
        name: pname,
        unit,
        committee: if unit == "tỉnh" {
            "Tỉnh ủy"
        } else {
            "Thành ủy"
        },
    };
    let old_tones = rng.chance(0.15);
    let published = Date::random(rng, (2019, 2025));
    let meeting_date = Date {
        d: published.d.saturating_sub(rng.range(0, 1)).max(1),
        ..published
    };

    // Provincial officials of this article.
    let locals: Vec<Person> = (0..rng.range(3, 6))
        .map(|_| {
            let mut titles = vec![province.title(rng, old_tones)];
            if rng.chance(0.4) {
                let t = province.title(rng, old_tones);
                if t.org.name != titles[0].org.name {
                    titles.push(t);
                }
            }
            let police = titles.iter().any(|t| t.org.name.starts_with("Công an"));
            Person {
                name: gen_name(rng),
                rank: police.then(|| RANKS[3 + rng.below(3)]),
                titles,
            }
        })
        .collect();
    let central: Vec<&Person> = (0..rng.range(1, 2))
        .map(|_| rng.pick_ref(&world.central))
        .collect();

    // Documents: a central one, a local plan implementing it, sometimes a rule
    // superseding an older one.
    let d0 = rng.pick_ref(&world.central_docs).clone();
    let local_issuer = if rng.chance(0.5) {
        Org {
            name: format!("Ban Thường vụ {}", province.committee()),
            written: format!("Ban Thường vụ {}", province.committee),
        }
    } else {
        Org {
            name: province.committee(),
            written: province.committee.to_string(),
        }
    };
    let d1 = Document {
        doc_type: rng.pick(&["Kế hoạch", "Chương trình hành động", "Nghị quyết"]),
        number: rng.range(1, 450).to_string(),
        code: String::new(),
        sep: "-",
        issuer: local_issuer,
        date: Date::random(rng, (d0.date.y.max(2019), 2024)),
        subject: d0.subject,
    };
    let d1 = Document {
        code: format!("{}/{}", prefix(d1.doc_type), "TU"),
        ..d1
    };
    let supersede = rng.chance(0.4).then(|| {
        let newer = rng.pick_ref(&world.central_docs).clone();
        // The document a central one replaced is the same in every article:
        // its number (above the central documents' own) and date follow from
        // the newer one's.
        let n: u32 = newer.number.parse().unwrap_or(1);
        let older = Document {
            number: (n + 400).to_string(),
            date: Date {
                y: 2005 + n % 11,
                m: 1 + n % 12,
                d: 1 + n % 28,
            },
            ..newer.clone()
        };
        (newer, older)
    });

    // The meeting.
    let (mtype, mname, organiser, discussed) = match rng.below(5) {
        0 => {
            let n = format!(
                "Hội nghị học tập, quán triệt {} của {}",
                d0.full(),
                d0.issuer.name
            );
            ("Hội nghị", n, Org::plain(&province.committee()), true)
        }
        1 => {
            let n = format!(
                "Hội nghị sơ kết {} năm thực hiện {}",
                rng.range(1, 5),
                d0.full()
            );
            ("Hội nghị", n, Org::plain(&province.committee()), true)
        }
        2 => {
            let n = format!("Hội thảo khoa học “{}”", capitalise(rng.pick(SUBJECTS)));
            let org = Org::plain(&format!(
                "Ban Tuyên giáo và Dân vận {}",
                province.committee()
            ));
            ("Hội thảo", n, org, false)
        }
        3 => {
            let n = format!(
                "Phiên họp thường kỳ tháng {} năm {}",
                meeting_date.m, meeting_date.y
            );
            let org = Org {
                name: province.people_committee(),
                written: format!("UBND {}", province.unit),
            };
            ("Phiên họp", n, org, false)
        }
        _ => {
            let n = format!(
                "Hội nghị giao ban công tác xây dựng Đảng {} tháng đầu năm {}",
                rng.pick(&["6", "9", "3"]),
                meeting_date.y
            );
            // The text never says which document this briefing took up.
            ("Hội nghị", n, Org::plain(&province.committee()), false)
        }
    };
    let meeting = gold.entity(
        "meeting",
        &mname,
        json!({"meeting_type": mtype, "date": meeting_date.iso()}),
        false,
    );
    let organiser_id = gold.org(&organiser, false);
    gold.relation("organized", &organiser_id, &meeting, None, None, false);

    let mut text = String::with_capacity(8192);
    // Site furniture before the headline.
    if rng.chance(0.3) {
        writeln!(text, "{}\n", rng.pick(BOILERPLATE_HEAD)).ok();
    }
    // Headline.
    let head = &locals[0];
    match rng.below(3) {
        0 => writeln!(text, "{}", capitalise(&mname)).ok(),
        1 => writeln!(
            text,
            "{} {} chủ trì {}",
            head.titles[0].written,
            head.name,
            mname.split(' ').take(2).collect::<Vec<_>>().join(" ")
        )
        .ok(),
        _ => writeln!(text, "{}: {}", province.name, capitalise(d0.subject)).ok(),
    };
    text.push('\n');
    // Dateline.
    let dateline = rng.below(4);
    match dateline {
        0 => writeln!(
            text,
            "{}, {:02}/{:02}/{} {:02}:{:02}\n",
            published.weekday(),
            published.d,
            published.m,
            published.y,
            rng.range(6, 22),
            rng.range(0, 59)
        ),
        1 => writeln!(
            text,
            "{:02}/{:02}/{} - {:02}:{:02}\n",
            published.d,
            published.m,
            published.y,
            rng.range(6, 22),
            rng.range(0, 59)
        ),
        2 => writeln!(text, "{}\n", rng.range(100, 9000)),
        _ => Ok(()),
    }
    .ok();

    // Lead: date, organiser, meeting, chair.
    let when = match rng.below(5) {
        0 => format!(
            "Sáng {}/{}/{}",
            meeting_date.d, meeting_date.m, meeting_date.y
        ),
        1 => format!(
            "Ngày {}-{}-{}",
            meeting_date.d, meeting_date.m, meeting_date.y
        ),
        2 => format!(
            "Chiều {}/{}/{}",
            meeting_date.d, meeting_date.m, meeting_date.y
        ),
        3 => format!(
            "Ngày {} tháng {} năm {}",
            meeting_date.d, meeting_date.m, meeting_date.y
        ),
        _ => format!(
            "Sáng {:02}/{:02}/{}",
            meeting_date.d, meeting_date.m, meeting_date.y
        ),
    };
    let chair = &locals[0];
    let chair_id = gold.person(chair, false);
    gold.relation("chaired", &chair_id, &meeting, None, None, false);
    if discussed {
        let d0_id = gold.document(&d0);
        gold.relation("discussed", &meeting, &d0_id, None, None, false);
    }
    let k = 1 + rng.below(2);
    let chair_text = mention(rng, &mut gold, chair, k);
    match rng.below(3) {
        0 => write!(
            text,
            "{when}, {} tổ chức {mname}. {} chủ trì hội nghị.",
            organiser.written,
            capitalise(&chair_text)
        ),
        1 => write!(
            text,
            "{when}, {} tổ chức {mname}. Dự và chủ trì hội nghị có {chair_text}.",
            organiser.written
        ),
        _ => write!(
            text,
            "{when}, {} tổ chức {mname}, dưới sự chủ trì của {chair_text}.",
            organiser.written
        ),
    }
    .ok();
    if rng.chance(0.5) {
        text.push(' ');
        let k = 1 + rng.below(2);
        filler(rng, &mut text, k);
    }
    text.push_str("\n\n");

    // Attendees: a colon list, or one central guest.
    let guests: Vec<&Person> = central
        .iter()
        .copied()
        .chain(locals.iter().skip(1).take(2))
        .collect();
    let mut items = Vec::new();
    for p in &guests {
        let id = gold.person(p, false);
        gold.relation("attended", &id, &meeting, None, None, false);
        let k = 1 + rng.below(p.titles.len());
        items.push(mention(rng, &mut gold, p, k));
    }
    match rng.below(3) {
        0 => write!(
            text,
            "Dự hội nghị có các đồng chí: {}; đại diện lãnh đạo các sở, ban, ngành, địa phương.",
            items.join("; ")
        ),
        1 => write!(
            text,
            "Tham dự hội nghị có {}; cùng các đồng chí Ủy viên Ban Chấp hành Đảng bộ {}.",
            items.join("; "),
            province.unit
        ),
        _ => write!(text, "Cùng dự có {}.", items.join(", ")),
    }
    .ok();
    text.push_str("\n\n");

    // Documents.
    let d0_id = gold.document(&d0);
    let d0_written = d0.date.written(rng);
    match rng.below(3) {
        0 => write!(
            text,
            "Ngày {d0_written}, {} đã ban hành {} về {}. ",
            d0.issuer.name,
            d0.full(),
            d0.subject
        ),
        1 => write!(
            text,
            "{} ngày {d0_written} của {} về {} có ý nghĩa đặc biệt quan trọng. ",
            d0.full(),
            d0.issuer.name,
            d0.subject
        ),
        _ => write!(
            text,
            "{} ký ban hành {} ngày {d0_written} về {}. ",
            d0.issuer.name,
            d0.full(),
            d0.subject
        ),
    }
    .ok();
    let d1_id = gold.document(&d1);
    gold.relation("implements", &d1_id, &d0_id, None, None, false);
    let d1_written = d1.date.written(rng);
    match rng.below(2) {
        0 => write!(
            text,
            "Thực hiện {}, {} đã ban hành {} ngày {d1_written} để triển khai thực hiện.",
            d0.short(),
            d1.issuer.written,
            d1.full()
        ),
        _ => write!(
            text,
            "Để cụ thể hóa, {} ban hành {} thực hiện {}.",
            d1.issuer.written,
            d1.full(),
            d0.full()
        ),
    }
    .ok();
    text.push_str("\n\n");
    let k = 2 + rng.below(3);
    filler(rng, &mut text, k);
    text.push_str("\n\n");

    // Speakers.
    let n_speakers = 1 + rng.below(locals.len().min(3));
    for p in locals.iter().skip(1).take(n_speakers) {
        let id = gold.person(p, false);
        gold.relation("spoke_at", &id, &meeting, None, None, false);
        let who = mention(rng, &mut gold, p, 1);
        match rng.below(3) {
            0 => write!(text, "Phát biểu tại hội nghị, {who} nhấn mạnh: ").ok(),
            1 => write!(
                text,
                "{} phát biểu tham luận tại hội nghị. ",
                capitalise(&who)
            )
            .ok(),
            _ => write!(text, "Tham luận tại hội nghị, {who} cho biết, ").ok(),
        };
        let k = 1 + rng.below(2);
        filler(rng, &mut text, k);
        text.push_str("\n\n");
    }
    if let Some((newer, older)) = &supersede {
        // "A là văn bản thay thế B ... của X": X issued B; A's issuer is not said,
        // unless its code names it ("HD/UBKTTW"; "QĐ/TW" names no one body).
        let n = if newer.code.ends_with("/TW") {
            gold.cited(newer)
        } else {
            gold.document(newer)
        };
        let o = gold.document(older);
        gold.relation("supersedes", &n, &o, None, None, false);
        write!(
            text,
            "{} là văn bản thay thế {} ngày {} của {}.",
            newer.full(),
            older.full(),
            older.date.written(rng),
            older.issuer.name
        )
        .ok();
        text.push(' ');
        filler(rng, &mut text, 1);
        text.push_str("\n\n");
    }
    if rng.chance(0.5) {
        let (agency, parent) = rng.pick(AGENCIES);
        let p = Person {
            name: gen_name(rng),
            rank: None,
            titles: vec![Title {
                parent: Some(Org::plain(parent)),
                ..title(
                    &format!("Phó Cục trưởng {agency} ({parent})"),
                    "Phó Cục trưởng",
                    Org::plain(agency),
                )
            }],
        };
        let id = gold.person(&p, false);
        gold.relation("spoke_at", &id, &meeting, None, None, false);
        let who = mention(rng, &mut gold, &p, 1);
        write!(
            text,
            "Hội nghị đã nghe {who} phổ biến các nội dung cơ bản. "
        )
        .ok();
        filler(rng, &mut text, 1);
        text.push_str("\n\n");
    }
    for _ in 0..rng.range(2, 5) {
        let k = 2 + rng.below(3);
        filler(rng, &mut text, k);
        text.push_str("\n\n");
    }
    // Conclusion by the chair: concluding is speaking ("kết luận").
    gold.relation("spoke_at", &chair_id, &meeting, None, None, false);
    write!(text, "Kết luận hội nghị, đồng chí {} đề nghị: ", chair.name).ok();
    filler(rng, &mut text, 2);
    text.push_str("\n\n");
    // Byline, outlet, related news.
    if rng.chance(0.6) {
        let byline = Person {
            name: gen_name(rng),
            rank: None,
            titles: Vec::new(),
        };
        gold.person(&byline, true);
        writeln!(text, "{}", byline.name).ok();
    }
    if rng.chance(0.4) {
        writeln!(text, "Theo {}", rng.pick(OUTLETS)).ok();
    }
    if rng.chance(0.5) {
        writeln!(text, "\n{}", rng.pick(BOILERPLATE_TAIL)).ok();
        for _ in 0..3 {
            writeln!(text, "{}", capitalise(rng.pick(FILLER))).ok();
        }
    }

    // Noise: old tone placement, NFD, NBSP, CRLF.
    if old_tones {
        text = text
            .replace("Ủy ban", "Uỷ ban")
            .replace("Ủy viên", "Uỷ viên");
    }
    if rng.chance(0.05) {
        text = text.nfd().collect();
    }
    if rng.chance(0.1) {
        let mut noisy = String::with_capacity(text.len());
        for (i, part) in text.split(' ').enumerate() {
            if i > 0 {
                noisy.push(if rng.chance(0.05) { '\u{a0}' } else { ' ' });
            }
            noisy.push_str(part);
        }
        text = noisy;
    }
    if rng.chance(0.1) {
        text = text.replace('\n', "\r\n");
    }

    let published_iso = (dateline < 2).then(|| published.iso());
    let gold = json!({
        "doc": doc_name,
        "published": published_iso,
        "entities": gold.entities,
        "relations": gold.relations,
    });
    (text, gold)
}

fn usage() -> ! {
    eprintln!("usage: gen_corpus --n N --out DIR [--seed S]");
    std::process::exit(2)
}

fn main() -> std::io::Result<()> {
    let mut n: Option<usize> = None;
    let mut out: Option<PathBuf> = None;
    let mut seed: u64 = 1;
    let mut args = std::env::args().skip(1);
    while let Some(arg) = args.next() {
        let value = args.next().unwrap_or_else(|| usage());
        match arg.as_str() {
            "--n" => n = Some(value.parse().unwrap_or_else(|_| usage())),
            "--out" => out = Some(PathBuf::from(value)),
            "--seed" => seed = value.parse().unwrap_or_else(|_| usage()),
            _ => usage(),
        }
    }
    let (Some(n), Some(out)) = (n, out) else {
        usage()
    };
    let txt_dir = out.join("txt");
    let gold_dir = out.join("gold");
    fs::create_dir_all(&txt_dir)?;
    fs::create_dir_all(&gold_dir)?;
    let world = World::new(&mut Rng(seed ^ 0x5EED));
    let mut bytes = 0usize;
    for i in 0..n {
        let mut rng = Rng(seed.wrapping_mul(0x1000_0000_01B3) ^ (i as u64).wrapping_mul(0x9E37));
        // Warm the generator so neighbouring indices diverge at once.
        rng.next();
        let tag = rng.next();
        let name = format!("{i:06}_{tag:016x}");
        let (text, gold) = article(&mut rng, &world, &format!("{name}.txt"));
        bytes += text.len();
        write_file(&txt_dir.join(format!("{name}.txt")), text.as_bytes())?;
        let mut json = serde_json::to_vec_pretty(&gold)?;
        json.push(b'\n');
        write_file(&gold_dir.join(format!("{name}.json")), &json)?;
    }
    eprintln!(
        "wrote {n} articles ({:.1} MB, {:.0} bytes each) to {}",
        bytes as f64 / 1e6,
        bytes as f64 / n.max(1) as f64,
        out.display()
    );
    Ok(())
}

fn write_file(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    let mut file = BufWriter::new(fs::File::create(path)?);
    file.write_all(bytes)?;
    file.flush()
}
