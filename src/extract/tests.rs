//! Extraction on short sentences: each test renders the resolved nodes and edges
//! of a tiny article (title line, then the sentence) and pins them with
//! expect-test (`UPDATE_EXPECT=1 cargo test` rewrites the expectations; review
//! the diff like code). Correctness on whole articles is the scorer's job.

use expect_test::{expect, Expect};

use crate::lexicon::Lexicon;
use crate::text::ingest::Article;

fn render(text: &str) -> String {
    let lexicon = Lexicon::builtin();
    let article = Article {
        doc: "t.txt".into(),
        path: "t.txt".into(),
        text: format!("Tin bài\n\n{text}\n"),
        hash: String::new(),
    };
    let rec = crate::pipeline::process(&article, lexicon);
    let ex = rec.extraction;
    let mut out = Vec::new();
    for e in &ex.entities {
        let attrs: Vec<String> = e
            .node
            .attrs
            .iter()
            .map(|(k, v)| format!("{k}={v}"))
            .collect();
        out.push(
            format!("{} {:?} {}", e.node.kind, e.node.name, attrs.join(" "))
                .trim_end()
                .to_string(),
        );
    }
    for e in &ex.edges {
        let name = |id: crate::model::NodeId| ex.entities[id.0 as usize].node.name.clone();
        let role = e
            .attrs
            .get("role")
            .map(|r| format!(" ({r})"))
            .unwrap_or_default();
        out.push(format!(
            "{}: {} -> {}{role}",
            e.kind,
            name(e.source),
            name(e.target)
        ));
    }
    out.join("\n") + "\n"
}

#[track_caller]
fn check(text: &str, expect: Expect) {
    expect.assert_eq(&render(text));
}

#[test]
fn person_rank_and_appositive_titles() {
    check(
        "Đại tướng Tô Lâm, Ủy viên Bộ Chính trị, Bí thư Đảng ủy Công an Trung ương, Bộ trưởng Công an chủ trì Hội nghị.",
        expect![[r#"
            person "Tô Lâm" rank=Đại tướng
            organization "Bộ Chính trị"
            organization "Đảng ủy Công an Trung ương"
            organization "Bộ Công an"
            meeting "Hội nghị" meeting_type=Hội nghị
            chaired: Tô Lâm -> Hội nghị
            holds_position: Tô Lâm -> Bộ Chính trị (Ủy viên)
            holds_position: Tô Lâm -> Đảng ủy Công an Trung ương (Bí thư)
            holds_position: Tô Lâm -> Bộ Công an (Bộ trưởng)
        "#]],
    );
}

#[test]
fn person_title_before_name_with_place() {
    check(
        "Sáng 5/10/2024, Tỉnh ủy Hà Tĩnh tổ chức hội nghị; Phó Bí thư Thường trực Tỉnh ủy Trần Thế Dũng; Chủ tịch UBND tỉnh Võ Trọng Hải cùng dự.",
        expect![[r#"
            organization "Tỉnh ủy Hà Tĩnh"
            meeting "Hội nghị" date=2024-10-05 meeting_type=Hội nghị
            person "Trần Thế Dũng"
            organization "Ủy ban nhân dân tỉnh Hà Tĩnh"
            person "Võ Trọng Hải"
            organized: Tỉnh ủy Hà Tĩnh -> Hội nghị
            attended: Trần Thế Dũng -> Hội nghị
            holds_position: Trần Thế Dũng -> Tỉnh ủy Hà Tĩnh (Phó Bí thư Thường trực)
            attended: Võ Trọng Hải -> Hội nghị
            holds_position: Võ Trọng Hải -> Ủy ban nhân dân tỉnh Hà Tĩnh (Chủ tịch)
        "#]],
    );
}

#[test]
fn person_dash_list_after_co_cac_dong_chi() {
    check(
        "Tại điểm cầu tỉnh Quảng Bình có các đồng chí: Trần Hải Châu – Phó Bí thư Thường trực Tỉnh ủy, Chủ tịch HĐND tỉnh; Đại tá Nguyễn Tiến Nam – Ủy viên Ban Thường vụ Tỉnh ủy, Giám đốc Công an tỉnh, Đại biểu Quốc hội khóa XV.",
        expect![[r#"
            person "Trần Hải Châu"
            organization "Tỉnh ủy Quảng Bình"
            organization "Hội đồng nhân dân tỉnh Quảng Bình"
            person "Nguyễn Tiến Nam" rank=Đại tá
            organization "Ban Thường vụ Tỉnh ủy Quảng Bình"
            organization "Công an tỉnh Quảng Bình"
            organization "Quốc hội"
            holds_position: Trần Hải Châu -> Tỉnh ủy Quảng Bình (Phó Bí thư Thường trực)
            holds_position: Trần Hải Châu -> Hội đồng nhân dân tỉnh Quảng Bình (Chủ tịch)
            holds_position: Nguyễn Tiến Nam -> Tỉnh ủy Quảng Bình (Ủy viên Ban Thường vụ)
            holds_position: Nguyễn Tiến Nam -> Công an tỉnh Quảng Bình (Giám đốc)
            holds_position: Nguyễn Tiến Nam -> Quốc hội (Đại biểu)
        "#]],
    );
}

#[test]
fn person_never_from_capitalised_common_phrases() {
    check(
        "Công an nhân dân tuyệt đối trung thành với Tổ quốc, Đảng, Nhà nước; Bộ Chính trị và Hội nghị Trung ương đã thống nhất Nghị quyết.",
        expect![[r#"
            organization "Công an nhân dân"
            organization "Bộ Chính trị"
            meeting "Hội nghị Trung ương" meeting_type=Hội nghị
        "#]],
    );
}

#[test]
fn roles_share_their_head_with_the_body() {
    check(
        "Đồng chí Phan Đình Trạc, Trưởng Ban Nội chính Trung ương; Lê Minh Hưng, Chánh Văn phòng Trung ương Đảng; Nguyễn Kim Minh - Phó Cục trưởng Cục Bảo vệ chính trị nội bộ (Ban Tổ chức Trung ương) phát biểu.",
        expect![[r#"
            person "Phan Đình Trạc"
            organization "Ban Nội chính Trung ương"
            person "Lê Minh Hưng"
            organization "Văn phòng Trung ương Đảng"
            person "Nguyễn Kim Minh"
            organization "Cục Bảo vệ chính trị nội bộ"
            organization "Ban Tổ chức Trung ương"
            holds_position: Phan Đình Trạc -> Ban Nội chính Trung ương (Trưởng Ban)
            holds_position: Lê Minh Hưng -> Văn phòng Trung ương Đảng (Chánh Văn phòng)
            holds_position: Nguyễn Kim Minh -> Cục Bảo vệ chính trị nội bộ (Phó Cục trưởng)
            part_of: Cục Bảo vệ chính trị nội bộ -> Ban Tổ chức Trung ương
        "#]],
    );
}

#[test]
fn organization_generic_plurals_are_not_entities() {
    check(
        "Sự phối hợp giữa Đảng ủy Công an Trung ương với các tỉnh ủy, thành ủy và Công an các đơn vị, địa phương.",
        expect![[r#"
            organization "Đảng ủy Công an Trung ương"
        "#]],
    );
}

#[test]
fn organization_abbreviations_expand() {
    check(
        "Đại diện Đảng ủy Công an TP Hà Nội và Đảng ủy Học viện Chính trị CAND phát biểu tham luận.",
        expect![[r#"
            organization "Đảng ủy Công an thành phố Hà Nội"
            organization "Đảng ủy Học viện Chính trị Công an nhân dân"
        "#]],
    );
}

#[test]
fn document_code_date_issuer_subject() {
    check(
        "Ngày 16-3-2022, Bộ Chính trị đã ban hành Nghị quyết số 12-NQ/TW về đẩy mạnh xây dựng lực lượng Công an nhân dân.",
        expect![[r#"
            organization "Bộ Chính trị"
            resolution "Nghị quyết số 12-NQ/TW" code=NQ/TW date=2022-03-16 doc_type=Nghị quyết number=12 title=đẩy mạnh xây dựng lực lượng Công an nhân dân
            organization "Công an nhân dân"
            issued: Bộ Chính trị -> Nghị quyết số 12-NQ/TW
        "#]],
    );
}

#[test]
fn document_short_citation_joins_full() {
    check(
        "Quy định số 58-QĐ/TW của Bộ Chính trị được phổ biến. Quy định 58 là văn bản thay thế Quy định số 126-QĐ/TW ngày 28/2/2018 của Bộ Chính trị.",
        expect![[r#"
            resolution "Quy định số 58-QĐ/TW" code=QĐ/TW doc_type=Quy định number=58
            organization "Bộ Chính trị"
            resolution "Quy định số 126-QĐ/TW" code=QĐ/TW date=2018-02-28 doc_type=Quy định number=126
            supersedes: Quy định số 58-QĐ/TW -> Quy định số 126-QĐ/TW
            issued: Bộ Chính trị -> Quy định số 58-QĐ/TW
            issued: Bộ Chính trị -> Quy định số 126-QĐ/TW
        "#]],
    );
}

#[test]
fn document_implements_plan() {
    check(
        "Thực hiện Nghị quyết số 57-NQ/TW, Tỉnh ủy Nghệ An đã ban hành Kế hoạch số 45-KH/TU ngày 10/3/2025 thực hiện Nghị quyết.",
        expect![[r#"
            resolution "Nghị quyết số 57-NQ/TW" code=NQ/TW doc_type=Nghị quyết number=57
            organization "Tỉnh ủy Nghệ An"
            resolution "Kế hoạch số 45-KH/TU" code=KH/TU date=2025-03-10 doc_type=Kế hoạch number=45
            issued: Tỉnh ủy Nghệ An -> Kế hoạch số 45-KH/TU
            implements: Kế hoạch số 45-KH/TU -> Nghị quyết số 57-NQ/TW
        "#]],
    );
}

#[test]
fn document_implements_after_a_bare_fronted_cue() {
    // "Để cụ thể hóa," has no object: the plan implements the directive, not
    // the other way round.
    check(
        "Để cụ thể hóa, Tỉnh ủy Tuyên Quang ban hành Chương trình hành động số 48-CTr/TU thực hiện Quy định số 295-QĐ/TW.",
        expect![[r#"
            organization "Tỉnh ủy Tuyên Quang"
            resolution "Chương trình hành động số 48-CTr/TU" code=CTr/TU doc_type=Chương trình hành động number=48
            resolution "Quy định số 295-QĐ/TW" code=QĐ/TW doc_type=Quy định number=295
            issued: Tỉnh ủy Tuyên Quang -> Chương trình hành động số 48-CTr/TU
            implements: Chương trình hành động số 48-CTr/TU -> Quy định số 295-QĐ/TW
        "#]],
    );
}

#[test]
fn person_after_a_youth_union_form_of_address() {
    // "anh"/"chị" before a full name is a form of address; "T.Ư" is one
    // abbreviation; "Bí thư thứ nhất" a post.
    check(
        "Hội nghị do anh Bùi Quang Huy, Bí thư thứ nhất T.Ư Đoàn chủ trì. Chị Nguyễn Phạm Duy Trang phát biểu.",
        expect![[r#"
            meeting "Hội nghị" meeting_type=Hội nghị
            person "Bùi Quang Huy"
            organization "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"
            person "Nguyễn Phạm Duy Trang"
            chaired: Bùi Quang Huy -> Hội nghị
            holds_position: Bùi Quang Huy -> Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh (Bí thư thứ nhất)
            spoke_at: Nguyễn Phạm Duy Trang -> Hội nghị
        "#]],
    );
}

#[test]
fn group_title_before_a_colon_list_after_cac_anh_chi() {
    check(
        "Tham dự có các anh, chị Bí thư T.Ư Đoàn: Nguyễn Minh Triết, Chủ tịch Trung ương Hội Liên hiệp Thanh niên Việt Nam; Ngô Văn Cương; Nguyễn Tường Lâm.",
        expect![[r#"
            organization "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"
            person "Nguyễn Minh Triết"
            organization "Trung ương Hội Liên hiệp Thanh niên Việt Nam"
            person "Ngô Văn Cương"
            person "Nguyễn Tường Lâm"
            holds_position: Nguyễn Minh Triết -> Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh (Bí thư)
            holds_position: Nguyễn Minh Triết -> Trung ương Hội Liên hiệp Thanh niên Việt Nam (Chủ tịch)
            holds_position: Ngô Văn Cương -> Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh (Bí thư)
            holds_position: Nguyễn Tường Lâm -> Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh (Bí thư)
        "#]],
    );
}

#[test]
fn meeting_over_several_days_is_dated_by_its_first() {
    check(
        "Chiều 9-12, sau 3 ngày làm việc (từ ngày 7 đến 9-12), Kỳ họp thứ Chín, HĐND tỉnh Gia Lai khóa XII đã bế mạc.",
        expect![[r#"
            meeting "Kỳ họp thứ Chín" date=--12-07 meeting_type=Kỳ họp
            organization "Hội đồng nhân dân tỉnh Gia Lai"
        "#]],
    );
    // "Kỳ họp khai mạc từ sáng 10-12": the session's opening dates it; "là kỳ
    // họp ..." says what it is and names no other meeting.
    check(
        "Chiều 11-12, Kỳ họp thường lệ cuối năm 2025 của HĐND thành phố Đà Nẵng đã bế mạc. Kỳ họp khai mạc từ sáng 10-12, là kỳ họp cuối năm đầu tiên của thành phố.",
        expect![[r#"
            meeting "Kỳ họp thường lệ cuối năm 2025 của HĐND thành phố Đà Nẵng" date=--12-10 meeting_type=Kỳ họp
            organization "Hội đồng nhân dân thành phố Đà Nẵng"
            organized: Hội đồng nhân dân thành phố Đà Nẵng -> Kỳ họp thường lệ cuối năm 2025 của HĐND thành phố Đà Nẵng
        "#]],
    );
    // A mention by the type alone dates the meeting named before it.
    check(
        "Bế mạc Hội nghị Ban Chấp hành Trung ương Đoàn lần thứ tám, các đại biểu thông qua chương trình. Hội nghị diễn ra trong hai ngày 26 và 27-12 tại Hà Nội.",
        expect![[r#"
            meeting "Hội nghị Ban Chấp hành Trung ương Đoàn lần thứ tám" date=--12-26 meeting_type=Hội nghị
            organization "Ban Chấp hành Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"
            organization "Trung ương Đoàn Thanh niên Cộng sản Hồ Chí Minh"
        "#]],
    );
}

#[test]
fn speakers_joined_by_va_all_speak() {
    check(
        "Tại hội nghị, Đại tá Lê Văn Khiêm, Sư đoàn trưởng Sư đoàn 312 và Thượng tá Hoàng Minh Nghĩa, Chính ủy Lữ đoàn xe tăng 202 tham luận về kỷ luật.",
        expect![[r#"
            meeting "Hội nghị" meeting_type=Hội nghị
            person "Lê Văn Khiêm" rank=Đại tá
            organization "Sư đoàn 312"
            person "Hoàng Minh Nghĩa" rank=Thượng tá
            organization "Lữ đoàn xe tăng 202"
            spoke_at: Lê Văn Khiêm -> Hội nghị
            holds_position: Lê Văn Khiêm -> Sư đoàn 312 (Sư đoàn trưởng)
            spoke_at: Hoàng Minh Nghĩa -> Hội nghị
            holds_position: Hoàng Minh Nghĩa -> Lữ đoàn xe tăng 202 (Chính ủy)
        "#]],
    );
}

#[test]
fn document_government_codes() {
    check(
        "Thủ tướng Chính phủ ký Quyết định số 1568/QĐ-TTg; Nghị định 178/2024/NĐ-CP và Luật Đất đai 2024 có hiệu lực.",
        expect![[r#"
            organization "Chính phủ"
            resolution "Quyết định số 1568/QĐ-TTg" code=QĐ-TTg doc_type=Quyết định number=1568
            resolution "Nghị định số 178/2024/NĐ-CP" code=2024/NĐ-CP doc_type=Nghị định number=178
            resolution "Luật Đất đai 2024" doc_type=Luật
            issued: Chính phủ -> Quyết định số 1568/QĐ-TTg
            issued: Chính phủ -> Nghị định số 178/2024/NĐ-CP
        "#]],
    );
}

#[test]
fn document_issuer_codes_of_central_agencies() {
    // Codes naming one body give the issuer when the text names none, if the
    // article speaks of that body; a party committee's code ("ĐU...") does not
    // (its committee, executive or standing committee alike).
    check(
        "Đại diện Kiểm toán Nhà nước, Viện Kiểm sát nhân dân tối cao, Bộ Ngoại giao và Đảng ủy Chính phủ dự Hội nghị quán triệt Quyết định số 15/QĐ-KTNN, Kế hoạch số 7/KH-VKSTC, Chỉ thị số 3/CT-BNG và Quy chế số 05-QC/ĐUCP.",
        expect![[r#"
            organization "Đảng ủy Chính phủ"
            meeting "Hội nghị quán triệt Quyết định số 15/QĐ-KTNN" meeting_type=Hội nghị
            organization "Kiểm toán Nhà nước"
            resolution "Quyết định số 15/QĐ-KTNN" code=QĐ-KTNN doc_type=Quyết định number=15
            organization "Viện Kiểm sát nhân dân tối cao"
            resolution "Kế hoạch số 7/KH-VKSTC" code=KH-VKSTC doc_type=Kế hoạch number=7
            organization "Bộ Ngoại giao"
            resolution "Chỉ thị số 3/CT-BNG" code=CT-BNG doc_type=Chỉ thị number=3
            resolution "Quy chế số 05-QC/ĐUCP" code=QC/ĐUCP doc_type=Quy chế number=05
            discussed: Hội nghị quán triệt Quyết định số 15/QĐ-KTNN -> Quyết định số 15/QĐ-KTNN
            discussed: Hội nghị quán triệt Quyết định số 15/QĐ-KTNN -> Kế hoạch số 7/KH-VKSTC
            discussed: Hội nghị quán triệt Quyết định số 15/QĐ-KTNN -> Chỉ thị số 3/CT-BNG
            discussed: Hội nghị quán triệt Quyết định số 15/QĐ-KTNN -> Quy chế số 05-QC/ĐUCP
            issued: Kiểm toán Nhà nước -> Quyết định số 15/QĐ-KTNN
            issued: Viện Kiểm sát nhân dân tối cao -> Kế hoạch số 7/KH-VKSTC
            issued: Bộ Ngoại giao -> Chỉ thị số 3/CT-BNG
        "#]],
    );
}

#[test]
fn organization_abbreviation_in_parentheses_inside_the_name() {
    // "Ủy ban Kiểm tra (UBKT) Tỉnh ủy Hưng Yên" is one body, the abbreviation
    // read over; before a province too ("Ban Chỉ đạo (BCĐ) tỉnh Đồng Nai").
    check(
        "Chiều 9-1-2025, Uỷ ban Kiểm tra (UBKT) Tỉnh uỷ Hưng Yên tổ chức kỳ họp thứ 53.",
        expect![[r#"
            organization "Ủy ban Kiểm tra Tỉnh ủy Hưng Yên"
            organization "Tỉnh ủy Hưng Yên"
            meeting "Kỳ họp thứ 53" date=2025-01-09 meeting_type=Kỳ họp
            organized: Ủy ban Kiểm tra Tỉnh ủy Hưng Yên -> Kỳ họp thứ 53
        "#]],
    );
    // With its term between the body and "tổ chức", the organiser is still
    // the whole body, not the Tỉnh ủy inside its name.
    check(
        "Chiều 9-1-2025, Ủy ban Kiểm tra Tỉnh ủy Hưng Yên khóa XIX, nhiệm kỳ 2020 - 2025 tổ chức kỳ họp thứ 53.",
        expect![[r#"
            organization "Ủy ban Kiểm tra Tỉnh ủy Hưng Yên"
            organization "Tỉnh ủy Hưng Yên"
            meeting "Kỳ họp thứ 53" date=2025-01-09 meeting_type=Kỳ họp
            organized: Ủy ban Kiểm tra Tỉnh ủy Hưng Yên -> Kỳ họp thứ 53
        "#]],
    );
    check(
        "Sáng 10-1, Ban Chỉ đạo (BCĐ) tỉnh Đồng Nai tổ chức hội nghị.",
        expect![[r#"
            organization "Ban Chỉ đạo tỉnh Đồng Nai"
            meeting "Hội nghị" date=--01-10 meeting_type=Hội nghị
            organized: Ban Chỉ đạo tỉnh Đồng Nai -> Hội nghị
        "#]],
    );
}

#[test]
fn meeting_date_year_from_text_and_partial() {
    check(
        "Ngày 28/10, Đảng ủy Công an Trung ương tổ chức Hội thảo chuyên đề về xây dựng Đảng. Trung tướng Trần Quốc Tỏ chủ trì Hội thảo.",
        expect![[r#"
            organization "Đảng ủy Công an Trung ương"
            meeting "Hội thảo chuyên đề về xây dựng Đảng" date=--10-28 meeting_type=Hội thảo
            person "Trần Quốc Tỏ" rank=Trung tướng
            organized: Đảng ủy Công an Trung ương -> Hội thảo chuyên đề về xây dựng Đảng
            chaired: Trần Quốc Tỏ -> Hội thảo chuyên đề về xây dựng Đảng
        "#]],
    );
}

#[test]
fn meeting_speakers_and_discussed_documents() {
    check(
        "Chiều 9-12-2023, Bộ Y tế tổ chức Hội nghị triển khai Luật Khám bệnh, chữa bệnh. Phát biểu khai mạc, Thứ trưởng Đỗ Xuân Tuyên nhấn mạnh yêu cầu. Hội nghị đã quán triệt Thông tư 32/2023/TT-BYT của Bộ Y tế.",
        expect![[r#"
            meeting "Hội nghị triển khai Luật Khám bệnh, chữa bệnh" date=2023-12-09 meeting_type=Hội nghị
            resolution "Luật Khám bệnh, chữa bệnh" doc_type=Luật
            person "Đỗ Xuân Tuyên"
            resolution "Thông tư số 32/2023/TT-BYT" code=2023/TT-BYT doc_type=Thông tư number=32
            organization "Bộ Y tế"
            discussed: Hội nghị triển khai Luật Khám bệnh, chữa bệnh -> Luật Khám bệnh, chữa bệnh
            discussed: Hội nghị triển khai Luật Khám bệnh, chữa bệnh -> Thông tư số 32/2023/TT-BYT
            spoke_at: Đỗ Xuân Tuyên -> Hội nghị triển khai Luật Khám bệnh, chữa bệnh
            holds_position: Đỗ Xuân Tuyên -> Bộ Y tế (Thứ trưởng)
            organized: Bộ Y tế -> Hội nghị triển khai Luật Khám bệnh, chữa bệnh
            issued: Bộ Y tế -> Thông tư số 32/2023/TT-BYT
        "#]],
    );
}

#[test]
fn person_delegation_head_and_party_secretary() {
    check(
        "Đồng chí Nguyễn Đức Trung, Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy, Trưởng Đoàn đại biểu Quốc hội tỉnh Nghệ An phát biểu.",
        expect![[r#"
            person "Nguyễn Đức Trung"
            organization "Ban Chấp hành Trung ương Đảng"
            organization "Tỉnh ủy Nghệ An"
            organization "Đoàn đại biểu Quốc hội tỉnh Nghệ An"
            holds_position: Nguyễn Đức Trung -> Ban Chấp hành Trung ương Đảng (Ủy viên)
            holds_position: Nguyễn Đức Trung -> Tỉnh ủy Nghệ An (Bí thư)
            holds_position: Nguyễn Đức Trung -> Đoàn đại biểu Quốc hội tỉnh Nghệ An (Trưởng Đoàn)
        "#]],
    );
}

#[test]
fn person_ong_ba_appositive_and_city_abbreviation() {
    check(
        "Sáng nay 12/3/2025, UBND TP.HCM tổ chức họp báo. Bà Nguyễn Thị Lệ - Chủ tịch HĐND TP.HCM và ông Phan Văn Mãi, Chủ tịch UBND Thành phố cùng dự.",
        expect![[r#"
            organization "Ủy ban nhân dân thành phố Hồ Chí Minh"
            meeting "Họp báo" date=2025-03-12 meeting_type=Họp báo
            person "Nguyễn Thị Lệ"
            organization "Hội đồng nhân dân thành phố Hồ Chí Minh"
            person "Phan Văn Mãi"
            organized: Ủy ban nhân dân thành phố Hồ Chí Minh -> Họp báo
            attended: Nguyễn Thị Lệ -> Họp báo
            holds_position: Nguyễn Thị Lệ -> Hội đồng nhân dân thành phố Hồ Chí Minh (Chủ tịch)
            attended: Phan Văn Mãi -> Họp báo
            holds_position: Phan Văn Mãi -> Ủy ban nhân dân thành phố Hồ Chí Minh (Chủ tịch)
        "#]],
    );
}

#[test]
fn meeting_central_committee_plenum() {
    check(
        "Trong 2 ngày 15 và 16/7/2024, tại Hà Nội, Ban Chấp hành Trung ương Đảng khóa XIII họp Hội nghị lần thứ 10. Tổng Bí thư Tô Lâm chủ trì và phát biểu khai mạc Hội nghị.",
        expect![[r#"
            organization "Ban Chấp hành Trung ương Đảng"
            meeting "Hội nghị lần thứ 10" date=2024-07-15 meeting_type=Hội nghị
            person "Tô Lâm"
            organized: Ban Chấp hành Trung ương Đảng -> Hội nghị lần thứ 10
            chaired: Tô Lâm -> Hội nghị lần thứ 10
            spoke_at: Tô Lâm -> Hội nghị lần thứ 10
            holds_position: Tô Lâm -> Ban Chấp hành Trung ương Đảng (Tổng Bí thư)
        "#]],
    );
}

#[test]
fn photo_credits_name_no_one() {
    check(
        "Thứ trưởng Nguyễn Văn Sơn phát biểu tại hội nghị (Ảnh: Lê Minh Tuấn). Ảnh: Trần Văn Hải/TTXVN",
        expect![[r#"
            person "Nguyễn Văn Sơn"
            meeting "Hội nghị" meeting_type=Hội nghị
            spoke_at: Nguyễn Văn Sơn -> Hội nghị
        "#]],
    );
}

#[test]
fn document_implements_fronted_clause_after_a_speech_verb() {
    check(
        "Ông Lê Văn Bình, Giám đốc Sở Tài chính cho biết, thực hiện Nghị quyết số 01/NQ-CP của Chính phủ và Chỉ thị số 05/CT-TTg của Thủ tướng Chính phủ, UBND tỉnh đã ban hành Kế hoạch số 30/KH-UBND.",
        expect![[r#"
            person "Lê Văn Bình"
            organization "Sở Tài chính"
            resolution "Nghị quyết số 01/NQ-CP" code=NQ-CP doc_type=Nghị quyết number=01
            organization "Chính phủ"
            resolution "Chỉ thị số 05/CT-TTg" code=CT-TTg doc_type=Chỉ thị number=05
            organization "Ủy ban nhân dân"
            resolution "Kế hoạch số 30/KH-UBND" code=KH-UBND doc_type=Kế hoạch number=30
            holds_position: Lê Văn Bình -> Sở Tài chính (Giám đốc)
            issued: Chính phủ -> Nghị quyết số 01/NQ-CP
            issued: Chính phủ -> Chỉ thị số 05/CT-TTg
            issued: Ủy ban nhân dân -> Kế hoạch số 30/KH-UBND
            implements: Kế hoạch số 30/KH-UBND -> Nghị quyết số 01/NQ-CP
            implements: Kế hoạch số 30/KH-UBND -> Chỉ thị số 05/CT-TTg
        "#]],
    );
}

#[test]
fn document_supersedes_two_coordinated_documents() {
    check(
        "Thông tư số 12/2025/TT-BXD thay thế Thông tư số 03/2016/TT-BXD và Thông tư số 07/2019/TT-BXD.",
        expect![[r#"
            resolution "Thông tư số 12/2025/TT-BXD" code=2025/TT-BXD doc_type=Thông tư number=12
            resolution "Thông tư số 03/2016/TT-BXD" code=2016/TT-BXD doc_type=Thông tư number=03
            resolution "Thông tư số 07/2019/TT-BXD" code=2019/TT-BXD doc_type=Thông tư number=07
            supersedes: Thông tư số 12/2025/TT-BXD -> Thông tư số 03/2016/TT-BXD
            supersedes: Thông tư số 12/2025/TT-BXD -> Thông tư số 07/2019/TT-BXD
        "#]],
    );
}

#[test]
fn document_law_names_with_and_without_a_comma() {
    check(
        "Dự thảo hướng dẫn Luật Phòng, chống tham nhũng và Luật Xử lý vi phạm hành chính, tránh chồng chéo giữa các văn bản.",
        expect![[r#"
            resolution "Luật Phòng, chống tham nhũng" doc_type=Luật
            resolution "Luật Xử lý vi phạm hành chính" doc_type=Luật
        "#]],
    );
}

#[test]
fn document_named_by_a_verb_and_adopted_by_a_council() {
    check(
        "Ngày 5/11/2025, HĐND xã Tân Lập tổ chức Kỳ họp thứ tư. HĐND xã đã biểu quyết thông qua Nghị quyết về kế hoạch đầu tư công năm 2026 và Nghị quyết điều chỉnh dự toán thu ngân sách xã năm 2025.",
        expect![[r#"
            organization "Hội đồng nhân dân xã Tân Lập"
            meeting "Kỳ họp thứ tư" date=2025-11-05 meeting_type=Kỳ họp
            resolution "Nghị quyết về kế hoạch đầu tư công năm 2026" doc_type=Nghị quyết
            resolution "Nghị quyết điều chỉnh dự toán thu ngân sách xã năm 2025" doc_type=Nghị quyết
            organized: Hội đồng nhân dân xã Tân Lập -> Kỳ họp thứ tư
            issued: Hội đồng nhân dân xã Tân Lập -> Nghị quyết về kế hoạch đầu tư công năm 2026
            issued: Hội đồng nhân dân xã Tân Lập -> Nghị quyết điều chỉnh dự toán thu ngân sách xã năm 2025
            discussed: Kỳ họp thứ tư -> Nghị quyết về kế hoạch đầu tư công năm 2026
            discussed: Kỳ họp thứ tư -> Nghị quyết điều chỉnh dự toán thu ngân sách xã năm 2025
        "#]],
    );
}

#[test]
fn document_bare_law_name_cites_the_numbered_law_of_its_year() {
    check(
        "Luật Đất đai năm 2024 thay thế Luật Đất đai số 45/2013/QH13. Bộ đã phổ biến Luật Đất đai số 31/2024/QH15.",
        expect![[r#"
            resolution "Luật Đất đai số 45/2013/QH13" code=2013/QH13 doc_type=Luật number=45
            resolution "Luật Đất đai số 31/2024/QH15" code=2024/QH15 doc_type=Luật number=31
            supersedes: Luật Đất đai số 31/2024/QH15 -> Luật Đất đai số 45/2013/QH13
        "#]],
    );
}

#[test]
fn meeting_sittings_of_one_day_keep_their_speakers() {
    check(
        "Tiếp tục Kỳ họp thứ 8, Quốc hội khóa XV, sáng 6/11, Chủ tịch Quốc hội Trần Thanh Mẫn điều hành phiên chất vấn nhóm vấn đề thuộc lĩnh vực tài chính. Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng trả lời chất vấn.\n\nChiều 6/11, Phó Chủ tịch Quốc hội Nguyễn Đức Hải điều hành phiên chất vấn nhóm vấn đề thuộc lĩnh vực y tế. Bộ trưởng Bộ Y tế Đào Hồng Lan trả lời chất vấn.",
        expect![[r#"
            organization "Quốc hội"
            person "Trần Thanh Mẫn"
            meeting "Phiên chất vấn nhóm vấn đề thuộc lĩnh vực tài chính" date=--11-06 meeting_type=Phiên họp
            organization "Bộ Tài chính"
            person "Nguyễn Văn Thắng"
            person "Nguyễn Đức Hải"
            meeting "Phiên chất vấn nhóm vấn đề thuộc lĩnh vực y tế" date=--11-06 meeting_type=Phiên họp
            organization "Bộ Y tế"
            person "Đào Hồng Lan"
            chaired: Trần Thanh Mẫn -> Phiên chất vấn nhóm vấn đề thuộc lĩnh vực tài chính
            holds_position: Trần Thanh Mẫn -> Quốc hội (Chủ tịch)
            spoke_at: Nguyễn Văn Thắng -> Phiên chất vấn nhóm vấn đề thuộc lĩnh vực tài chính
            holds_position: Nguyễn Văn Thắng -> Bộ Tài chính (Bộ trưởng)
            chaired: Nguyễn Đức Hải -> Phiên chất vấn nhóm vấn đề thuộc lĩnh vực y tế
            holds_position: Nguyễn Đức Hải -> Quốc hội (Phó Chủ tịch)
            spoke_at: Đào Hồng Lan -> Phiên chất vấn nhóm vấn đề thuộc lĩnh vực y tế
            holds_position: Đào Hồng Lan -> Bộ Y tế (Bộ trưởng)
        "#]],
    );
}

#[test]
fn place_lists_of_former_communes_are_not_the_article_commune() {
    check(
        "HĐND xã Phù Mỹ tổ chức kỳ họp. Xã Phù Mỹ được thành lập trên cơ sở các xã Mỹ An, Mỹ Thọ. Ông Trần Văn An, Chủ tịch UBND xã phát biểu.",
        expect![[r#"
            organization "Hội đồng nhân dân xã Phù Mỹ"
            meeting "Kỳ họp" meeting_type=Kỳ họp
            person "Trần Văn An"
            organization "Ủy ban nhân dân xã Phù Mỹ"
            organized: Hội đồng nhân dân xã Phù Mỹ -> Kỳ họp
            spoke_at: Trần Văn An -> Kỳ họp
            holds_position: Trần Văn An -> Ủy ban nhân dân xã Phù Mỹ (Chủ tịch)
        "#]],
    );
}

#[test]
fn organization_branch_of_a_national_body_in_a_province() {
    check(
        "Đại tá Hoàng Văn Thạch, Bí thư Đảng ủy, Chính ủy Bộ đội Biên phòng tỉnh Lạng Sơn và bà Lê Thị Hà, Chánh Thanh tra tỉnh Thanh Hóa dự hội nghị.",
        expect![[r#"
            person "Hoàng Văn Thạch" rank=Đại tá
            organization "Đảng ủy Bộ đội Biên phòng tỉnh Lạng Sơn"
            organization "Bộ đội Biên phòng tỉnh Lạng Sơn"
            person "Lê Thị Hà"
            organization "Thanh tra tỉnh Thanh Hóa"
            meeting "Hội nghị" meeting_type=Hội nghị
            attended: Hoàng Văn Thạch -> Hội nghị
            holds_position: Hoàng Văn Thạch -> Đảng ủy Bộ đội Biên phòng tỉnh Lạng Sơn (Bí thư)
            holds_position: Hoàng Văn Thạch -> Bộ đội Biên phòng tỉnh Lạng Sơn (Chính ủy)
            attended: Lê Thị Hà -> Hội nghị
            holds_position: Lê Thị Hà -> Thanh tra tỉnh Thanh Hóa (Chánh Thanh tra)
        "#]],
    );
}

#[test]
fn organization_names_joined_by_a_dash_and_shared_title_heads() {
    check(
        "Ông Ngọ Duy Hiểu, Trưởng Ban Chính sách - Pháp luật Tổng Liên đoàn Lao động Việt Nam và ông Châu Ngọc Tuấn, Trưởng đoàn ĐBQH tỉnh Gia Lai dự.",
        expect![[r#"
            person "Ngọ Duy Hiểu"
            organization "Ban Chính sách - Pháp luật"
            organization "Tổng Liên đoàn Lao động Việt Nam"
            person "Châu Ngọc Tuấn"
            organization "Đoàn đại biểu Quốc hội tỉnh Gia Lai"
            holds_position: Ngọ Duy Hiểu -> Ban Chính sách - Pháp luật (Trưởng Ban)
            holds_position: Châu Ngọc Tuấn -> Đoàn đại biểu Quốc hội tỉnh Gia Lai (Trưởng Đoàn)
        "#]],
    );
}

#[test]
fn meeting_organisers_past_asides_and_co_chairs() {
    check(
        "Ngày 28/10/2025, HĐND xã Phù Cát (tỉnh Gia Lai) tổ chức Kỳ họp thứ năm. Các đồng chí Nguyễn Văn Lượng - Bí thư Đảng ủy và Trần Minh Tú - Chủ tịch UBND xã đồng chủ trì kỳ họp.",
        expect![[r#"
            organization "Hội đồng nhân dân xã Phù Cát"
            meeting "Kỳ họp thứ năm" date=2025-10-28 meeting_type=Kỳ họp
            person "Nguyễn Văn Lượng"
            person "Trần Minh Tú"
            organization "Ủy ban nhân dân xã Phù Cát"
            organized: Hội đồng nhân dân xã Phù Cát -> Kỳ họp thứ năm
            chaired: Nguyễn Văn Lượng -> Kỳ họp thứ năm
            chaired: Trần Minh Tú -> Kỳ họp thứ năm
            holds_position: Trần Minh Tú -> Ủy ban nhân dân xã Phù Cát (Chủ tịch)
        "#]],
    );
}

#[test]
fn meeting_discussed_documents_listed_after_a_colon() {
    check(
        "Sáng 9/10/2023, Ban Chấp hành Trung ương Đảng khóa XIII tổ chức Hội nghị lần thứ tám. Hội nghị tổng kết việc thực hiện các nghị quyết, gồm: Nghị quyết số 15-NQ/TW ngày 1/6/2012 của Hội nghị Trung ương 5 khóa XI; Nghị quyết số 23-NQ/TW ngày 19/3/2018 của Bộ Chính trị.",
        expect![[r#"
            meeting "Hội nghị lần thứ tám" date=2023-10-09 meeting_type=Hội nghị
            resolution "Nghị quyết số 15-NQ/TW" code=NQ/TW date=2012-06-01 doc_type=Nghị quyết number=15
            organization "Ban Chấp hành Trung ương Đảng"
            resolution "Nghị quyết số 23-NQ/TW" code=NQ/TW date=2018-03-19 doc_type=Nghị quyết number=23
            organization "Bộ Chính trị"
            discussed: Hội nghị lần thứ tám -> Nghị quyết số 15-NQ/TW
            discussed: Hội nghị lần thứ tám -> Nghị quyết số 23-NQ/TW
            organized: Ban Chấp hành Trung ương Đảng -> Hội nghị lần thứ tám
            issued: Ban Chấp hành Trung ương Đảng -> Nghị quyết số 15-NQ/TW
            issued: Bộ Chính trị -> Nghị quyết số 23-NQ/TW
        "#]],
    );
}

#[test]
fn person_name_with_an_apostrophe_prefix() {
    check(
        "Báo cáo chính trị do đồng chí H'Ngọc Niê, Phó Bí thư Đảng ủy phường Tân Lập trình bày.",
        expect![[r#"
            person "H'Ngọc Niê"
            organization "Đảng ủy phường Tân Lập"
            holds_position: H'Ngọc Niê -> Đảng ủy phường Tân Lập (Phó Bí thư)
        "#]],
    );
}

#[test]
fn ministry_abbreviation_with_an_ampersand() {
    check(
        "Bộ trưởng Bộ GD&ĐT Nguyễn Kim Sơn chủ trì hội nghị; các sở GD&ĐT tham dự.",
        expect![[r#"
            organization "Bộ Giáo dục và Đào tạo"
            person "Nguyễn Kim Sơn"
            meeting "Hội nghị" meeting_type=Hội nghị
            chaired: Nguyễn Kim Sơn -> Hội nghị
            attended: Nguyễn Kim Sơn -> Hội nghị
            holds_position: Nguyễn Kim Sơn -> Bộ Giáo dục và Đào tạo (Bộ trưởng)
        "#]],
    );
}

#[test]
fn bare_deputy_minister_is_of_the_articles_one_ministry() {
    check(
        "Bộ Công Thương tổ chức Hội nghị triển khai Nghị quyết số 70-NQ/TW của Bộ Chính trị. Thứ trưởng Nguyễn Hoàng Long chủ trì. Tham dự có các Thứ trưởng: Trương Thanh Hoài (Thứ trưởng Thường trực), Phan Thị Thắng.",
        expect![[r#"
            organization "Bộ Công Thương"
            meeting "Hội nghị triển khai Nghị quyết số 70-NQ/TW của Bộ Chính trị" meeting_type=Hội nghị
            resolution "Nghị quyết số 70-NQ/TW" code=NQ/TW doc_type=Nghị quyết number=70
            organization "Bộ Chính trị"
            person "Nguyễn Hoàng Long"
            person "Trương Thanh Hoài"
            person "Phan Thị Thắng"
            organized: Bộ Công Thương -> Hội nghị triển khai Nghị quyết số 70-NQ/TW của Bộ Chính trị
            discussed: Hội nghị triển khai Nghị quyết số 70-NQ/TW của Bộ Chính trị -> Nghị quyết số 70-NQ/TW
            issued: Bộ Chính trị -> Nghị quyết số 70-NQ/TW
            chaired: Nguyễn Hoàng Long -> Hội nghị triển khai Nghị quyết số 70-NQ/TW của Bộ Chính trị
            holds_position: Nguyễn Hoàng Long -> Bộ Công Thương (Thứ trưởng)
            attended: Trương Thanh Hoài -> Hội nghị triển khai Nghị quyết số 70-NQ/TW của Bộ Chính trị
            holds_position: Trương Thanh Hoài -> Bộ Công Thương (Thứ trưởng Thường trực)
            attended: Phan Thị Thắng -> Hội nghị triển khai Nghị quyết số 70-NQ/TW của Bộ Chính trị
            holds_position: Phan Thị Thắng -> Bộ Công Thương (Thứ trưởng)
        "#]],
    );
}

#[test]
fn bare_deputy_minister_binds_nowhere_beside_two_ministries() {
    check(
        "Bộ Tài chính và Bộ Công Thương phối hợp tổ chức hội nghị. Thứ trưởng Nguyễn Văn A phát biểu.",
        expect![[r#"
            organization "Bộ Tài chính"
            organization "Bộ Công Thương"
            meeting "Hội nghị" meeting_type=Hội nghị
            person "Nguyễn Văn A"
            organized: Bộ Tài chính -> Hội nghị
            organized: Bộ Công Thương -> Hội nghị
            spoke_at: Nguyễn Văn A -> Hội nghị
        "#]],
    );
}

#[test]
fn minister_rank_before_the_post_that_names_the_body() {
    check(
        "Đồng chí Trần Văn Sơn, Bộ trưởng, Chủ nhiệm Văn phòng Chính phủ dự hội nghị của Bộ Nội vụ.",
        expect![[r#"
            person "Trần Văn Sơn"
            organization "Văn phòng Chính phủ"
            meeting "Hội nghị của Bộ Nội vụ" meeting_type=Hội nghị
            organization "Bộ Nội vụ"
            attended: Trần Văn Sơn -> Hội nghị của Bộ Nội vụ
            holds_position: Trần Văn Sơn -> Văn phòng Chính phủ (Chủ nhiệm)
            organized: Bộ Nội vụ -> Hội nghị của Bộ Nội vụ
        "#]],
    );
}

#[test]
fn local_code_names_the_articles_peoples_council() {
    check(
        "Sáng 10/12, HĐND thành phố Đà Nẵng khai mạc kỳ họp. Nghị quyết số 48/2025/NQ-HĐND thay thế Nghị quyết số 23/2021/NQ-HĐND của HĐND tỉnh Quảng Nam (cũ). Nghị quyết số 49/2025/NQ-HĐND quy định cơ chế thu hút đầu tư của thành phố Đà Nẵng.",
        expect![[r#"
            organization "Hội đồng nhân dân thành phố Đà Nẵng"
            meeting "Kỳ họp" date=--12-10 meeting_type=Kỳ họp
            resolution "Nghị quyết số 48/2025/NQ-HĐND" code=2025/NQ-HĐND doc_type=Nghị quyết number=48
            resolution "Nghị quyết số 23/2021/NQ-HĐND" code=2021/NQ-HĐND doc_type=Nghị quyết number=23
            organization "Hội đồng nhân dân tỉnh Quảng Nam"
            resolution "Nghị quyết số 49/2025/NQ-HĐND" code=2025/NQ-HĐND doc_type=Nghị quyết number=49
            issued: Hội đồng nhân dân thành phố Đà Nẵng -> Nghị quyết số 48/2025/NQ-HĐND
            issued: Hội đồng nhân dân thành phố Đà Nẵng -> Nghị quyết số 49/2025/NQ-HĐND
            supersedes: Nghị quyết số 48/2025/NQ-HĐND -> Nghị quyết số 23/2021/NQ-HĐND
            issued: Hội đồng nhân dân tỉnh Quảng Nam -> Nghị quyết số 23/2021/NQ-HĐND
        "#]],
    );
}

#[test]
fn document_number_and_code_of_two_years_are_two_documents() {
    check(
        "Hội nghị tổng kết Nghị quyết số 27-NQ/TW ngày 21/5/2018 của Hội nghị Trung ương 7 khóa XII về cải cách chính sách tiền lương và Nghị quyết số 27-NQ/TW ngày 6/8/2008 về xây dựng đội ngũ trí thức.",
        expect![[r#"
            meeting "Hội nghị tổng kết Nghị quyết số 27-NQ/TW ngày 21/5/2018 của Hội nghị Trung ương 7 khóa XII về cải cách chính sách tiền lương" meeting_type=Hội nghị
            resolution "Nghị quyết số 27-NQ/TW" code=NQ/TW date=2018-05-21 doc_type=Nghị quyết number=27 title=cải cách chính sách tiền lương
            organization "Ban Chấp hành Trung ương Đảng"
            resolution "Nghị quyết số 27-NQ/TW" code=NQ/TW date=2008-08-06 doc_type=Nghị quyết number=27 title=xây dựng đội ngũ trí thức
            discussed: Hội nghị tổng kết Nghị quyết số 27-NQ/TW ngày 21/5/2018 của Hội nghị Trung ương 7 khóa XII về cải cách chính sách tiền lương -> Nghị quyết số 27-NQ/TW
            discussed: Hội nghị tổng kết Nghị quyết số 27-NQ/TW ngày 21/5/2018 của Hội nghị Trung ương 7 khóa XII về cải cách chính sách tiền lương -> Nghị quyết số 27-NQ/TW
            issued: Ban Chấp hành Trung ương Đảng -> Nghị quyết số 27-NQ/TW
        "#]],
    );
}

#[test]
fn document_name_ends_before_the_next_item_of_business() {
    check(
        "Hội nghị thảo luận, cho ý kiến vào dự thảo Nghị quyết về phương hướng, nhiệm vụ năm 2026 và sơ kết một năm thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị.",
        expect![[r#"
            meeting "Hội nghị" meeting_type=Hội nghị
            resolution "Nghị quyết về phương hướng, nhiệm vụ năm 2026" doc_type=Nghị quyết
            resolution "Nghị quyết số 57-NQ/TW" code=NQ/TW doc_type=Nghị quyết number=57
            organization "Bộ Chính trị"
            discussed: Hội nghị -> Nghị quyết về phương hướng, nhiệm vụ năm 2026
            discussed: Hội nghị -> Nghị quyết số 57-NQ/TW
            issued: Bộ Chính trị -> Nghị quyết số 57-NQ/TW
        "#]],
    );
}

#[test]
fn fatherland_front_of_a_place_is_its_committee() {
    check(
        "Sáng 15/1, MTTQ Việt Nam TPHCM tổ chức hội nghị. Đồng chí Nguyễn Phước Lộc, Chủ tịch Ủy ban MTTQ Việt Nam TPHCM chủ trì; đại diện UBND TPHCM dự.",
        expect![[r#"
            organization "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hồ Chí Minh"
            meeting "Hội nghị" date=--01-15 meeting_type=Hội nghị
            person "Nguyễn Phước Lộc"
            organization "Ủy ban nhân dân thành phố Hồ Chí Minh"
            organized: Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hồ Chí Minh -> Hội nghị
            chaired: Nguyễn Phước Lộc -> Hội nghị
            attended: Nguyễn Phước Lộc -> Hội nghị
            holds_position: Nguyễn Phước Lộc -> Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hồ Chí Minh (Chủ tịch)
        "#]],
    );
}

#[test]
fn central_organs_of_the_association_named_by_hoi_alone() {
    check(
        "Bà Nguyễn Thị Tuyến, Bí thư Đảng ủy Trung ương Hội, Chủ tịch Hội LHPN Việt Nam chủ trì hội nghị. Đoàn Chủ tịch Trung ương Hội đã ban hành Hướng dẫn số 09/HD-ĐCT. Báo cáo công tác Hội 9 tháng đầu năm được thông qua.",
        expect![[r#"
            person "Nguyễn Thị Tuyến"
            organization "Đảng ủy Trung ương Hội Liên hiệp Phụ nữ Việt Nam"
            organization "Hội Liên hiệp Phụ nữ Việt Nam"
            meeting "Hội nghị" meeting_type=Hội nghị
            organization "Đoàn Chủ tịch Trung ương Hội Liên hiệp Phụ nữ Việt Nam"
            resolution "Hướng dẫn số 09/HD-ĐCT" code=HD-ĐCT doc_type=Hướng dẫn number=09
            chaired: Nguyễn Thị Tuyến -> Hội nghị
            holds_position: Nguyễn Thị Tuyến -> Đảng ủy Trung ương Hội Liên hiệp Phụ nữ Việt Nam (Bí thư)
            holds_position: Nguyễn Thị Tuyến -> Hội Liên hiệp Phụ nữ Việt Nam (Chủ tịch)
            issued: Đoàn Chủ tịch Trung ương Hội Liên hiệp Phụ nữ Việt Nam -> Hướng dẫn số 09/HD-ĐCT
        "#]],
    );
}

#[test]
fn organization_names_end_before_thuoc_and_the_term() {
    check(
        "Đại diện Cục Thuế, Cục Hải quan thuộc Bộ Tài chính và Đảng ủy Quân khu 4 nhiệm kỳ 2025-2030 dự hội nghị.",
        expect![[r#"
            organization "Cục Thuế"
            organization "Cục Hải quan"
            organization "Bộ Tài chính"
            organization "Đảng ủy Quân khu 4"
            meeting "Hội nghị" meeting_type=Hội nghị
            part_of: Cục Thuế -> Bộ Tài chính
            part_of: Cục Hải quan -> Bộ Tài chính
        "#]],
    );
}

#[test]
fn part_of_a_body_the_list_belongs_to() {
    check(
        "Ngày 23/12/2025, UBND thành phố Huế tổ chức hội nghị. Đại diện Cục Thuế, Cục Hải quan thuộc Bộ Tài chính dự; Ban Chỉ huy Bộ đội Biên phòng thành phố trực thuộc Bộ Chỉ huy Quân sự thành phố.",
        expect![[r#"
            organization "Ủy ban nhân dân thành phố Huế"
            meeting "Hội nghị" date=2025-12-23 meeting_type=Hội nghị
            organization "Cục Thuế"
            organization "Cục Hải quan"
            organization "Bộ Tài chính"
            organization "Ban Chỉ huy Bộ đội Biên phòng thành phố Huế"
            organization "Bộ Chỉ huy Quân sự thành phố Huế"
            organized: Ủy ban nhân dân thành phố Huế -> Hội nghị
            part_of: Cục Thuế -> Bộ Tài chính
            part_of: Cục Hải quan -> Bộ Tài chính
            part_of: Ban Chỉ huy Bộ đội Biên phòng thành phố Huế -> Bộ Chỉ huy Quân sự thành phố Huế
        "#]],
    );
}

#[test]
fn party_committee_of_the_ministry_named_by_bo_alone() {
    check(
        "Bộ Ngoại giao tổ chức hội nghị. Bà Vương Thị Ngọc Diệp, Phó Bí thư Thường trực Đảng ủy Bộ trình bày dự thảo Kế hoạch số 245-KH/ĐU. Thiếu tướng Ngô Quang Tuấn, Ủy viên chuyên trách Ủy ban Kiểm tra Quân ủy Trung ương dự; ông Phạm Đức Tài, Phó Tổng giám đốc EVN phát biểu.",
        expect![[r#"
            organization "Bộ Ngoại giao"
            meeting "Hội nghị" meeting_type=Hội nghị
            person "Vương Thị Ngọc Diệp"
            organization "Đảng ủy Bộ Ngoại giao"
            resolution "Kế hoạch số 245-KH/ĐU" code=KH/ĐU doc_type=Kế hoạch number=245
            person "Ngô Quang Tuấn" rank=Thiếu tướng
            organization "Ủy ban Kiểm tra Quân ủy Trung ương"
            organization "Quân ủy Trung ương"
            person "Phạm Đức Tài"
            organization "Tập đoàn Điện lực Việt Nam"
            organized: Bộ Ngoại giao -> Hội nghị
            discussed: Hội nghị -> Kế hoạch số 245-KH/ĐU
            spoke_at: Vương Thị Ngọc Diệp -> Hội nghị
            holds_position: Vương Thị Ngọc Diệp -> Đảng ủy Bộ Ngoại giao (Phó Bí thư Thường trực)
            attended: Ngô Quang Tuấn -> Hội nghị
            holds_position: Ngô Quang Tuấn -> Ủy ban Kiểm tra Quân ủy Trung ương (Ủy viên chuyên trách)
            attended: Phạm Đức Tài -> Hội nghị
            spoke_at: Phạm Đức Tài -> Hội nghị
            holds_position: Phạm Đức Tài -> Tập đoàn Điện lực Việt Nam (Phó Tổng Giám đốc)
        "#]],
    );
}

#[test]
fn code_issuer_only_when_the_article_names_the_body() {
    check(
        "Luật Điện lực số 61/2024/QH15 thay thế Luật Điện lực số 28/2004/QH11. Chính phủ ban hành Kế hoạch; Nghị định số 146/2025/NĐ-CP quy định chi tiết.",
        expect![[r#"
            resolution "Luật Điện lực số 61/2024/QH15" code=2024/QH15 doc_type=Luật number=61
            resolution "Luật Điện lực số 28/2004/QH11" code=2004/QH11 doc_type=Luật number=28
            organization "Chính phủ"
            resolution "Nghị định số 146/2025/NĐ-CP" code=2025/NĐ-CP doc_type=Nghị định number=146
            supersedes: Luật Điện lực số 61/2024/QH15 -> Luật Điện lực số 28/2004/QH11
            issued: Chính phủ -> Nghị định số 146/2025/NĐ-CP
        "#]],
    );
}

#[test]
fn organization_names_end_before_a_count_and_a_term() {
    check(
        "Đồng chí Vũ Hồng Sơn, Bí thư Đảng ủy Quân chủng khoá XI chủ trì; lãnh đạo Hội Nông dân 63 tỉnh, thành phố và Ban Chỉ đạo 57 tỉnh dự.",
        expect![[r#"
            person "Vũ Hồng Sơn"
            organization "Hội Nông dân"
            organization "Ban Chỉ đạo 57"
        "#]],
    );
}

#[test]
fn department_without_a_place_is_the_main_citys() {
    check(
        "Sáng 10/12, HĐND thành phố Đà Nẵng khai mạc kỳ họp. Nghị quyết thay thế nghị quyết của HĐND tỉnh Quảng Nam (cũ). Giám đốc Sở Xây dựng Võ Ngọc Bảo báo cáo tại kỳ họp của HĐND thành phố Đà Nẵng.",
        expect![[r#"
            organization "Hội đồng nhân dân thành phố Đà Nẵng"
            organization "Hội đồng nhân dân tỉnh Quảng Nam"
            organization "Sở Xây dựng thành phố Đà Nẵng"
            person "Võ Ngọc Bảo"
            meeting "Kỳ họp của HĐND thành phố Đà Nẵng" meeting_type=Kỳ họp
            organized: Hội đồng nhân dân thành phố Đà Nẵng -> Kỳ họp của HĐND thành phố Đà Nẵng
            spoke_at: Võ Ngọc Bảo -> Kỳ họp của HĐND thành phố Đà Nẵng
            holds_position: Võ Ngọc Bảo -> Sở Xây dựng thành phố Đà Nẵng (Giám đốc)
        "#]],
    );
}

#[test]
fn meeting_reported_as_a_verb_of_its_body() {
    // A working session written as what the delegation does, dated by the
    // sentence's opening; "họp phiên" names a session; without a date
    // "làm việc với" reports no meeting.
    check(
        "Chiều 14/3, Đoàn đại biểu Quốc hội tỉnh Nam Định làm việc với UBND tỉnh về việc thi hành Luật Đất đai. Sáng 15/3, Ủy ban Kinh tế của Quốc hội họp phiên toàn thể lần thứ 9. Cán bộ cần làm việc với người dân.",
        expect![[r#"
            organization "Đoàn đại biểu Quốc hội tỉnh Nam Định"
            meeting "Buổi làm việc với UBND tỉnh về việc thi hành Luật Đất đai" date=--03-14 meeting_type=Buổi làm việc
            organization "Ủy ban nhân dân tỉnh Nam Định"
            resolution "Luật Đất đai" doc_type=Luật
            organization "Ủy ban Kinh tế"
            meeting "Phiên họp toàn thể lần thứ 9" date=--03-15 meeting_type=Phiên họp
            organized: Đoàn đại biểu Quốc hội tỉnh Nam Định -> Buổi làm việc với UBND tỉnh về việc thi hành Luật Đất đai
            discussed: Buổi làm việc với UBND tỉnh về việc thi hành Luật Đất đai -> Luật Đất đai
            organized: Ủy ban Kinh tế -> Phiên họp toàn thể lần thứ 9
        "#]],
    );
}

#[test]
fn organiser_is_the_body_before_an_aside_in_parentheses() {
    check(
        "Sáng 3/4, Đảng ủy Bộ Tư lệnh Cảnh sát biển (Bộ Quốc phòng) tổ chức hội nghị sơ kết công tác quý I.",
        expect![[r#"
            organization "Đảng ủy Bộ Tư lệnh Cảnh sát biển Việt Nam"
            organization "Bộ Quốc phòng"
            meeting "Hội nghị sơ kết công tác quý I" date=--04-03 meeting_type=Hội nghị
            organized: Đảng ủy Bộ Tư lệnh Cảnh sát biển Việt Nam -> Hội nghị sơ kết công tác quý I
            part_of: Đảng ủy Bộ Tư lệnh Cảnh sát biển Việt Nam -> Bộ Quốc phòng
        "#]],
    );
}

#[test]
fn an_opening_date_dates_the_first_meeting_after_it_only() {
    // The standing committee's sitting is that morning's meeting; the congress
    // the drafts go to is not held then (and, undated, is not reported).
    check(
        "Sáng 9/5, Ban Thường vụ Tỉnh ủy Yên Bái họp cho ý kiến vào dự thảo văn kiện trình Đại hội đảng bộ tỉnh nhiệm kỳ 2025 - 2030.",
        expect![[r#"
            organization "Ban Thường vụ Tỉnh ủy Yên Bái"
            organization "Tỉnh ủy Yên Bái"
            meeting "Cuộc họp cho ý kiến" date=--05-09 meeting_type=Cuộc họp
            organized: Ban Thường vụ Tỉnh ủy Yên Bái -> Cuộc họp cho ý kiến
        "#]],
    );
}

#[test]
fn issuer_is_the_body_after_its_plenum_without_a_comma() {
    check(
        "Tỉnh ủy quán triệt Nghị quyết số 19-NQ/TW ngày 16/6/2022 của Hội nghị lần thứ năm Ban Chấp hành Trung ương Đảng khóa XIII về nông nghiệp, nông dân, nông thôn.",
        expect![[r#"
            organization "Tỉnh ủy"
            resolution "Nghị quyết số 19-NQ/TW" code=NQ/TW date=2022-06-16 doc_type=Nghị quyết number=19 title=nông nghiệp, nông dân, nông thôn
            organization "Ban Chấp hành Trung ương Đảng"
            issued: Ban Chấp hành Trung ương Đảng -> Nghị quyết số 19-NQ/TW
        "#]],
    );
}

#[test]
fn a_meeting_that_adopts_a_document_gives_it_its_holder_as_issuer() {
    // The session adopts the first plan; the one it replaces is not adopted.
    check(
        "Sáng 20/3, Ban Chỉ đạo phòng, chống tham nhũng tỉnh Bắc Kạn tổ chức phiên họp thứ năm. Phiên họp đã thảo luận và thông qua Kế hoạch số 12/KH-BCĐ về kiểm tra năm 2025, thay thế Kế hoạch số 7/KH-BCĐ.",
        expect![[r#"
            organization "Ban Chỉ đạo phòng, chống tham nhũng tỉnh Bắc Kạn"
            meeting "Phiên họp thứ năm" date=--03-20 meeting_type=Phiên họp
            resolution "Kế hoạch số 12/KH-BCĐ" code=KH-BCĐ doc_type=Kế hoạch number=12 title=kiểm tra năm 2025
            resolution "Kế hoạch số 7/KH-BCĐ" code=KH-BCĐ doc_type=Kế hoạch number=7
            organized: Ban Chỉ đạo phòng, chống tham nhũng tỉnh Bắc Kạn -> Phiên họp thứ năm
            issued: Ban Chỉ đạo phòng, chống tham nhũng tỉnh Bắc Kạn -> Kế hoạch số 12/KH-BCĐ
            issued: Ban Chỉ đạo phòng, chống tham nhũng tỉnh Bắc Kạn -> Kế hoạch số 7/KH-BCĐ
            discussed: Phiên họp thứ năm -> Kế hoạch số 12/KH-BCĐ
            discussed: Phiên họp thứ năm -> Kế hoạch số 7/KH-BCĐ
            supersedes: Kế hoạch số 12/KH-BCĐ -> Kế hoạch số 7/KH-BCĐ
        "#]],
    );
}

#[test]
fn academic_titles_inside_a_list_under_a_shared_role() {
    check(
        "Dự hội nghị có các Phó Giám đốc Đại học Huế: PGS.TS Lê Anh Phương, GS.TS Trần Văn Hòa; đồng chí Nguyễn Quang Linh, Phó Bí thư Đảng ủy.",
        expect![[r#"
            meeting "Hội nghị" meeting_type=Hội nghị
            organization "Đại học Huế"
            person "Lê Anh Phương"
            person "Trần Văn Hòa"
            person "Nguyễn Quang Linh"
            attended: Lê Anh Phương -> Hội nghị
            holds_position: Lê Anh Phương -> Đại học Huế (Phó Giám đốc)
            attended: Trần Văn Hòa -> Hội nghị
            holds_position: Trần Văn Hòa -> Đại học Huế (Phó Giám đốc)
            attended: Nguyễn Quang Linh -> Hội nghị
        "#]],
    );
}

#[test]
fn subcommittees_and_the_offices_of_a_body() {
    check(
        "Phó Chủ tịch Quốc hội Nguyễn Khắc Định, Trưởng Tiểu ban Văn bản pháp luật, và Trung tướng Hoàng Văn Long, Bí thư Đảng ủy Cơ quan Bộ Quốc phòng, dự phiên họp.",
        expect![[r#"
            organization "Quốc hội"
            person "Nguyễn Khắc Định"
            organization "Tiểu ban Văn bản pháp luật"
            person "Hoàng Văn Long" rank=Trung tướng
            organization "Đảng ủy Cơ quan Bộ Quốc phòng"
            meeting "Phiên họp" meeting_type=Phiên họp
            attended: Nguyễn Khắc Định -> Phiên họp
            holds_position: Nguyễn Khắc Định -> Quốc hội (Phó Chủ tịch)
            holds_position: Nguyễn Khắc Định -> Tiểu ban Văn bản pháp luật (Trưởng Tiểu ban)
            attended: Hoàng Văn Long -> Phiên họp
            holds_position: Hoàng Văn Long -> Đảng ủy Cơ quan Bộ Quốc phòng (Bí thư)
        "#]],
    );
}

#[test]
fn a_body_of_a_body_holding_its_own_session() {
    // A second session the same evening, held by a subcommittee: a meeting of
    // its own, not the council's session again.
    check(
        "Sáng 2/3, Hội đồng Bầu cử quốc gia tổ chức Phiên họp thứ hai. Tối cùng ngày, Tiểu ban Bảo đảm an ninh của Hội đồng Bầu cử quốc gia họp phiên đầu tiên dưới sự chủ trì của Đại tướng Lương Tam Quang.",
        expect![[r#"
            organization "Hội đồng Bầu cử quốc gia"
            meeting "Phiên họp thứ hai" date=--03-02 meeting_type=Phiên họp
            organization "Tiểu ban Bảo đảm an ninh"
            meeting "Phiên họp đầu tiên" date=--03-02 meeting_type=Phiên họp
            person "Lương Tam Quang" rank=Đại tướng
            organized: Hội đồng Bầu cử quốc gia -> Phiên họp thứ hai
            organized: Tiểu ban Bảo đảm an ninh -> Phiên họp đầu tiên
            chaired: Lương Tam Quang -> Phiên họp đầu tiên
        "#]],
    );
}

#[test]
fn a_dated_event_named_by_its_type_alone_is_a_meeting_of_its_own() {
    check(
        "Sáng 15/10, Đại hội đại biểu Đảng bộ tỉnh Kon Tum lần thứ XVI khai mạc. Sáng 18/10, Tỉnh ủy Kon Tum tổ chức họp báo. Bí thư Tỉnh ủy Dương Văn Trang chủ trì họp báo.",
        expect![[r#"
            meeting "Đại hội đại biểu Đảng bộ tỉnh Kon Tum lần thứ XVI" date=--10-15 meeting_type=Đại hội
            organization "Đảng bộ tỉnh Kon Tum"
            organization "Tỉnh ủy Kon Tum"
            meeting "Họp báo" date=--10-18 meeting_type=Họp báo
            person "Dương Văn Trang"
            organized: Tỉnh ủy Kon Tum -> Họp báo
            chaired: Dương Văn Trang -> Họp báo
            holds_position: Dương Văn Trang -> Tỉnh ủy Kon Tum (Bí thư)
        "#]],
    );
}

#[test]
fn a_council_session_named_as_the_councils_and_what_it_adopts() {
    // The session's name gives its holder; "; và" goes on with the list of
    // what it adopts; a decree the resolution is made under is only cited.
    check(
        "Chiều 11-12, Kỳ họp thứ 30 của HĐND tỉnh Quảng Ngãi khóa XIII đã bế mạc. HĐND tỉnh cũng thông qua Nghị quyết số 61/2025/NQ-HĐND về phí bảo vệ môi trường; và Nghị quyết số 62/NQ-HĐND bổ sung biên chế theo Nghị định số 111/2022/NĐ-CP của Chính phủ.",
        expect![[r#"
            meeting "Kỳ họp thứ 30 của HĐND tỉnh Quảng Ngãi khóa XIII" date=--12-11 meeting_type=Kỳ họp
            organization "Hội đồng nhân dân tỉnh Quảng Ngãi"
            resolution "Nghị quyết số 61/2025/NQ-HĐND" code=2025/NQ-HĐND doc_type=Nghị quyết number=61 title=phí bảo vệ môi trường
            resolution "Nghị quyết số 62/NQ-HĐND" code=NQ-HĐND doc_type=Nghị quyết number=62
            resolution "Nghị định số 111/2022/NĐ-CP" code=2022/NĐ-CP doc_type=Nghị định number=111
            organization "Chính phủ"
            discussed: Kỳ họp thứ 30 của HĐND tỉnh Quảng Ngãi khóa XIII -> Nghị quyết số 61/2025/NQ-HĐND
            discussed: Kỳ họp thứ 30 của HĐND tỉnh Quảng Ngãi khóa XIII -> Nghị quyết số 62/NQ-HĐND
            organized: Hội đồng nhân dân tỉnh Quảng Ngãi -> Kỳ họp thứ 30 của HĐND tỉnh Quảng Ngãi khóa XIII
            issued: Hội đồng nhân dân tỉnh Quảng Ngãi -> Nghị quyết số 61/2025/NQ-HĐND
            issued: Hội đồng nhân dân tỉnh Quảng Ngãi -> Nghị quyết số 62/NQ-HĐND
            issued: Chính phủ -> Nghị định số 111/2022/NĐ-CP
        "#]],
    );
}

#[test]
fn laws_of_one_name_and_two_years_and_a_name_ending_in_o() {
    check(
        "Luật Nhà ở năm 2023 có hiệu lực từ ngày 1/8/2024 và thay thế Luật Nhà ở năm 2014. Sở Xây dựng hướng dẫn thi hành Luật Nhà ở.",
        expect![[r#"
            resolution "Luật Nhà ở năm 2023" doc_type=Luật
            resolution "Luật Nhà ở năm 2014" doc_type=Luật
            organization "Sở Xây dựng"
            supersedes: Luật Nhà ở năm 2023 -> Luật Nhà ở năm 2014
        "#]],
    );
}

#[test]
fn an_amending_law_is_named_whole() {
    check(
        "Ngày 25/6/2025, Quốc hội thông qua Luật sửa đổi, bổ sung một số điều của Luật Giáo dục. Bộ Giáo dục và Đào tạo ban hành kế hoạch triển khai.",
        expect![[r#"
            organization "Quốc hội"
            resolution "Luật sửa đổi, bổ sung một số điều của Luật Giáo dục" date=2025-06-25 doc_type=Luật
            organization "Bộ Giáo dục và Đào tạo"
            issued: Quốc hội -> Luật sửa đổi, bổ sung một số điều của Luật Giáo dục
        "#]],
    );
}

#[test]
fn an_unnumbered_document_named_as_a_bodys_is_issued_by_it() {
    // Not the body of a list the name runs into.
    check(
        "Hội nghị quán triệt Chương trình hành động của Chính phủ thực hiện Nghị quyết số 66-NQ/TW và Chương trình công tác năm 2025 và các kế hoạch của Tỉnh ủy Bình Định.",
        expect![[r#"
            meeting "Hội nghị" meeting_type=Hội nghị
            resolution "Chương trình hành động của Chính phủ thực hiện Nghị quyết số 66-NQ/TW" doc_type=Chương trình hành động
            organization "Chính phủ"
            resolution "Nghị quyết số 66-NQ/TW" code=NQ/TW doc_type=Nghị quyết number=66
            resolution "Chương trình công tác năm 2025 và các kế hoạch của Tỉnh ủy Bình Định" doc_type=Chương trình
            organization "Tỉnh ủy Bình Định"
            discussed: Hội nghị -> Chương trình hành động của Chính phủ thực hiện Nghị quyết số 66-NQ/TW
            discussed: Hội nghị -> Chương trình công tác năm 2025 và các kế hoạch của Tỉnh ủy Bình Định
            implements: Chương trình hành động của Chính phủ thực hiện Nghị quyết số 66-NQ/TW -> Nghị quyết số 66-NQ/TW
            implements: Chương trình hành động của Chính phủ thực hiện Nghị quyết số 66-NQ/TW -> Chương trình công tác năm 2025 và các kế hoạch của Tỉnh ủy Bình Định
            issued: Chính phủ -> Chương trình hành động của Chính phủ thực hiện Nghị quyết số 66-NQ/TW
        "#]],
    );
}

#[test]
fn co_chairs_listed_after_a_semicolon() {
    check(
        "Đồng chí Lê Văn Bình, Bí thư Đảng ủy xã chủ trì hội nghị; cùng chủ trì có các đồng chí: Hà Thị Lan, Phó Bí thư Thường trực Đảng ủy; Vi Văn Tâm, Chủ tịch UBND xã.",
        expect![[r#"
            person "Lê Văn Bình"
            meeting "Hội nghị" meeting_type=Hội nghị
            person "Hà Thị Lan"
            person "Vi Văn Tâm"
            chaired: Lê Văn Bình -> Hội nghị
            chaired: Hà Thị Lan -> Hội nghị
            chaired: Vi Văn Tâm -> Hội nghị
        "#]],
    );
}

#[test]
fn a_law_that_institutionalises_a_resolution_implements_it() {
    // And a committee session examining a bill takes it up.
    check(
        "Luật Thủ đô năm 2024 được xây dựng nhằm thể chế hóa Nghị quyết số 15-NQ/TW ngày 5/5/2022 của Bộ Chính trị. Sáng 3/6, Ủy ban Pháp luật họp phiên toàn thể để thẩm tra dự án Luật Đường bộ.",
        expect![[r#"
            resolution "Luật Thủ đô năm 2024" doc_type=Luật
            resolution "Nghị quyết số 15-NQ/TW" code=NQ/TW date=2022-05-05 doc_type=Nghị quyết number=15
            organization "Bộ Chính trị"
            organization "Ủy ban Pháp luật"
            meeting "Phiên họp toàn thể" date=--06-03 meeting_type=Phiên họp
            resolution "Luật Đường bộ" doc_type=Luật
            implements: Luật Thủ đô năm 2024 -> Nghị quyết số 15-NQ/TW
            issued: Bộ Chính trị -> Nghị quyết số 15-NQ/TW
            organized: Ủy ban Pháp luật -> Phiên họp toàn thể
            discussed: Phiên họp toàn thể -> Luật Đường bộ
        "#]],
    );
}

#[test]
fn who_holds_a_view_at_the_session_spoke_at_it() {
    check(
        "Sáng 5/10, Ủy ban Xã hội họp phiên toàn thể lần thứ 15. Thảo luận tại phiên họp, bà Lê Thị Hồng, Ủy viên Ủy ban Xã hội cho rằng cần có lộ trình rõ ràng. Tại phiên họp, ông Trần Văn Minh thông báo kết quả khảo sát.",
        expect![[r#"
            organization "Ủy ban Xã hội"
            meeting "Phiên họp toàn thể lần thứ 15" date=--10-05 meeting_type=Phiên họp
            person "Lê Thị Hồng"
            person "Trần Văn Minh"
            organized: Ủy ban Xã hội -> Phiên họp toàn thể lần thứ 15
            spoke_at: Lê Thị Hồng -> Phiên họp toàn thể lần thứ 15
            holds_position: Lê Thị Hồng -> Ủy ban Xã hội (Ủy viên)
            spoke_at: Trần Văn Minh -> Phiên họp toàn thể lần thứ 15
        "#]],
    );
}

#[test]
fn a_revised_regulation_keeps_its_revision_mark_and_ends_before_what_it_is_attached_to() {
    check(
        "Ban Thường vụ ban hành Quy chế làm việc (sửa đổi), thay thế Quy chế số 05-QC/TU. Đảng ủy thống nhất ban hành Quy chế hoạt động của Ban Chấp hành kèm theo Quyết định số 12-QĐ/ĐU.",
        expect![[r#"
            resolution "Quy chế làm việc (sửa đổi)" doc_type=Quy chế
            resolution "Quy chế số 05-QC/TU" code=QC/TU doc_type=Quy chế number=05
            resolution "Quy chế hoạt động của Ban Chấp hành" doc_type=Quy chế
            resolution "Quyết định số 12-QĐ/ĐU" code=QĐ/ĐU doc_type=Quyết định number=12
            supersedes: Quy chế làm việc (sửa đổi) -> Quy chế số 05-QC/TU
        "#]],
    );
}

#[test]
fn a_document_referred_back_to_by_its_type_replaces_another() {
    check(
        "Tỉnh triển khai Luật Đường bộ năm 2024, luật được Quốc hội thông qua ngày 27/6/2024, có hiệu lực từ ngày 1/1/2025 và thay thế Luật Giao thông đường bộ năm 2008. Nghị quyết số 12/2025/NQ-HĐND quy định mức hỗ trợ; nghị quyết này thay thế Nghị quyết số 8/2021/NQ-HĐND. Năm 2025 thi hành Luật Thanh tra số 11/2022/QH15, có hiệu lực từ ngày 1/7/2023 và thay thế Luật Thanh tra số 56/2010/QH12.",
        expect![[r#"
            resolution "Luật Đường bộ năm 2024" doc_type=Luật
            resolution "Luật Giao thông đường bộ năm 2008" doc_type=Luật
            resolution "Nghị quyết số 12/2025/NQ-HĐND" code=2025/NQ-HĐND doc_type=Nghị quyết number=12
            resolution "Nghị quyết số 8/2021/NQ-HĐND" code=2021/NQ-HĐND doc_type=Nghị quyết number=8
            organization "Quốc hội"
            resolution "Luật Thanh tra số 11/2022/QH15" code=2022/QH15 doc_type=Luật number=11
            resolution "Luật Thanh tra số 56/2010/QH12" code=2010/QH12 doc_type=Luật number=56
            supersedes: Luật Đường bộ năm 2024 -> Luật Giao thông đường bộ năm 2008
            supersedes: Nghị quyết số 12/2025/NQ-HĐND -> Nghị quyết số 8/2021/NQ-HĐND
            issued: Quốc hội -> Luật Thanh tra số 11/2022/QH15
            issued: Quốc hội -> Luật Thanh tra số 56/2010/QH12
            supersedes: Luật Thanh tra số 11/2022/QH15 -> Luật Thanh tra số 56/2010/QH12
        "#]],
    );
}

#[test]
fn attendance_written_as_on_the_side_of_a_body_there_was() {
    check(
        "Sáng 6/5, Ủy ban Kinh tế và Tài chính tổ chức phiên họp toàn thể. Về phía cơ quan soạn thảo có ông Hồ Đức Phớc, Bộ trưởng Bộ Tài chính.",
        expect![[r#"
            organization "Ủy ban Kinh tế và Tài chính"
            meeting "Phiên họp toàn thể" date=--05-06 meeting_type=Phiên họp
            person "Hồ Đức Phớc"
            organization "Bộ Tài chính"
            organized: Ủy ban Kinh tế và Tài chính -> Phiên họp toàn thể
            attended: Hồ Đức Phớc -> Phiên họp toàn thể
            holds_position: Hồ Đức Phớc -> Bộ Tài chính (Bộ trưởng)
        "#]],
    );
}

#[test]
fn central_committee_plenum_adopts_what_it_passes() {
    check(
        "Tỉnh ủy ban hành Kế hoạch số 20-KH/TU thực hiện Nghị quyết số 18-NQ/TW của Hội nghị Trung ương 6 khóa XII về sắp xếp bộ máy.",
        expect![[r#"
            organization "Tỉnh ủy"
            resolution "Kế hoạch số 20-KH/TU" code=KH/TU doc_type=Kế hoạch number=20
            resolution "Nghị quyết số 18-NQ/TW" code=NQ/TW doc_type=Nghị quyết number=18 title=sắp xếp bộ máy
            organization "Ban Chấp hành Trung ương Đảng"
            issued: Tỉnh ủy -> Kế hoạch số 20-KH/TU
            implements: Kế hoạch số 20-KH/TU -> Nghị quyết số 18-NQ/TW
            issued: Ban Chấp hành Trung ương Đảng -> Nghị quyết số 18-NQ/TW
        "#]],
    );
}

#[test]
fn side_clause_gives_bodiless_posts_their_body() {
    check(
        "Về phía Tòa án nhân dân tỉnh Nghệ An có đồng chí Trần Văn Bình, Bí thư Đảng ủy, Chánh án; về phía Bộ Tư pháp có ông Lê Hữu Phúc, Thứ trưởng.",
        expect![[r#"
            organization "Tòa án nhân dân tỉnh Nghệ An"
            person "Trần Văn Bình"
            organization "Đảng ủy Tòa án nhân dân tỉnh Nghệ An"
            organization "Bộ Tư pháp"
            person "Lê Hữu Phúc"
            holds_position: Trần Văn Bình -> Tòa án nhân dân tỉnh Nghệ An (Chánh án)
            holds_position: Trần Văn Bình -> Đảng ủy Tòa án nhân dân tỉnh Nghệ An (Bí thư)
            holds_position: Lê Hữu Phúc -> Bộ Tư pháp (Thứ trưởng)
        "#]],
    );
}

#[test]
fn city_named_after_a_person_keeps_its_proper_name() {
    check(
        "Đồng chí Lê Minh Tâm, Phó Bí thư Thành ủy TP.HCM, dự hội nghị cùng lãnh đạo Học viện Chính trị quốc gia Hồ Chí Minh.",
        expect![[r#"
            person "Lê Minh Tâm"
            organization "Thành ủy Thành phố Hồ Chí Minh"
            meeting "Hội nghị" meeting_type=Hội nghị
            organization "Học viện Chính trị quốc gia Hồ Chí Minh"
            attended: Lê Minh Tâm -> Hội nghị
            holds_position: Lê Minh Tâm -> Thành ủy Thành phố Hồ Chí Minh (Phó Bí thư)
        "#]],
    );
}

#[test]
fn commune_named_with_a_head_noun() {
    check(
        "Ngày 20/7, Đảng bộ phường Hội An tổ chức Đại hội đại biểu lần thứ I; đồng chí Trần Văn Tâm, Bí thư Đảng ủy phường phát biểu.",
        expect![[r#"
            organization "Đảng bộ phường Hội An"
            meeting "Đại hội đại biểu lần thứ I" date=--07-20 meeting_type=Đại hội
            person "Trần Văn Tâm"
            organization "Đảng ủy phường Hội An"
            organized: Đảng bộ phường Hội An -> Đại hội đại biểu lần thứ I
            spoke_at: Trần Văn Tâm -> Đại hội đại biểu lần thứ I
            holds_position: Trần Văn Tâm -> Đảng ủy phường Hội An (Bí thư)
        "#]],
    );
}

#[test]
fn committee_of_a_provincial_city_named_by_it() {
    check(
        "Đồng chí Lê Văn Bình, Bí thư Thành ủy Vị Thanh, và Bí thư Thành ủy Nguyễn Văn Tùng dự lễ.",
        expect![[r#"
            person "Lê Văn Bình"
            organization "Thành ủy Vị Thanh"
            person "Nguyễn Văn Tùng"
            holds_position: Lê Văn Bình -> Thành ủy Vị Thanh (Bí thư)
            holds_position: Nguyễn Văn Tùng -> Thành ủy Vị Thanh (Bí thư)
        "#]],
    );
}

#[test]
fn deputies_meeting_voters_is_a_meeting() {
    check(
        "Sáng 12/10, Đoàn đại biểu Quốc hội tỉnh Sóc Trăng tiếp xúc cử tri huyện Mỹ Xuyên trước Kỳ họp thứ Tám.",
        expect![[r#"
            organization "Đoàn đại biểu Quốc hội tỉnh Sóc Trăng"
            meeting "Hội nghị tiếp xúc cử tri huyện Mỹ Xuyên" date=--10-12 meeting_type=Hội nghị
            organized: Đoàn đại biểu Quốc hội tỉnh Sóc Trăng -> Hội nghị tiếp xúc cử tri huyện Mỹ Xuyên
        "#]],
    );
}

#[test]
fn abbreviated_deputy_title_and_a_side_list_of_attendees() {
    check(
        "Sáng 5/7, Đoàn đại biểu Quốc hội tỉnh Trà Vinh tiếp xúc cử tri huyện Cầu Kè. Về phía tỉnh có: Giám đốc Sở Y tế, ĐBQH Thạch Phước Bình; Phó Chủ tịch UBND tỉnh Lê Văn Hẳn.",
        expect![[r#"
            organization "Đoàn đại biểu Quốc hội tỉnh Trà Vinh"
            meeting "Hội nghị tiếp xúc cử tri huyện Cầu Kè" date=--07-05 meeting_type=Hội nghị
            organization "Sở Y tế tỉnh Trà Vinh"
            organization "Quốc hội"
            person "Thạch Phước Bình"
            organization "Ủy ban nhân dân tỉnh Trà Vinh"
            person "Lê Văn Hẳn"
            organized: Đoàn đại biểu Quốc hội tỉnh Trà Vinh -> Hội nghị tiếp xúc cử tri huyện Cầu Kè
            attended: Thạch Phước Bình -> Hội nghị tiếp xúc cử tri huyện Cầu Kè
            holds_position: Thạch Phước Bình -> Sở Y tế tỉnh Trà Vinh (Giám đốc)
            holds_position: Thạch Phước Bình -> Quốc hội (Đại biểu)
            attended: Lê Văn Hẳn -> Hội nghị tiếp xúc cử tri huyện Cầu Kè
            holds_position: Lê Văn Hẳn -> Ủy ban nhân dân tỉnh Trà Vinh (Phó Chủ tịch)
        "#]],
    );
}

#[test]
fn province_merged_later_is_the_article_place_before_the_merger() {
    check(
        "Thứ Năm, 06/06/2024, 16:20\n\nSáng 6/6, HĐND tỉnh Bình Dương tổ chức kỳ họp chuyên đề bàn dự án đường Vành đai 4 Thành phố Hồ Chí Minh; ông Nguyễn Văn Tư, Giám đốc Sở Giao thông vận tải trình bày tờ trình.",
        expect![[r#"
            organization "Hội đồng nhân dân tỉnh Bình Dương"
            meeting "Kỳ họp chuyên đề bàn dự án đường Vành đai 4 Thành phố Hồ Chí Minh" date=2024-06-06 meeting_type=Kỳ họp
            person "Nguyễn Văn Tư"
            organization "Sở Giao thông vận tải tỉnh Bình Dương"
            organized: Hội đồng nhân dân tỉnh Bình Dương -> Kỳ họp chuyên đề bàn dự án đường Vành đai 4 Thành phố Hồ Chí Minh
            spoke_at: Nguyễn Văn Tư -> Kỳ họp chuyên đề bàn dự án đường Vành đai 4 Thành phố Hồ Chí Minh
            holds_position: Nguyễn Văn Tư -> Sở Giao thông vận tải tỉnh Bình Dương (Giám đốc)
        "#]],
    );
}

#[test]
fn head_noun_before_a_body_short_name_and_a_session_programme() {
    check(
        "Chiều 5/6, Đảng ủy Tập đoàn VNPT họp thống nhất nội dung, chương trình kỳ họp và cho ý kiến vào dự thảo báo cáo.",
        expect![[r#"
            organization "Đảng ủy Tập đoàn Bưu chính Viễn thông Việt Nam"
            meeting "Cuộc họp thống nhất nội dung" date=--06-05 meeting_type=Cuộc họp
            organized: Đảng ủy Tập đoàn Bưu chính Viễn thông Việt Nam -> Cuộc họp thống nhất nội dung
        "#]],
    );
}

#[test]
fn bare_head_before_a_name_refers_to_the_body_named_before() {
    check(
        "Ngày 5/6, Ủy ban Pháp luật của Quốc hội họp phiên toàn thể. Phó Chủ nhiệm Ủy ban Nguyễn Văn Hiển trình bày báo cáo.",
        expect![[r#"
            organization "Ủy ban Pháp luật"
            meeting "Phiên họp toàn thể" date=--06-05 meeting_type=Phiên họp
            person "Nguyễn Văn Hiển"
            organized: Ủy ban Pháp luật -> Phiên họp toàn thể
            spoke_at: Nguyễn Văn Hiển -> Phiên họp toàn thể
            holds_position: Nguyễn Văn Hiển -> Ủy ban Pháp luật (Phó Chủ nhiệm)
        "#]],
    );
}

#[test]
fn issued_documents_coordinated_past_what_the_first_carries_out() {
    check(
        "Ban Thường vụ Tỉnh ủy ban hành Kế hoạch số 12-KH/TU thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị về phát triển khoa học, công nghệ, cùng Kế hoạch số 15-KH/TU triển khai Chỉ thị số 35-CT/TW trước đại hội đảng bộ các cấp.",
        expect![[r#"
            organization "Ban Thường vụ Tỉnh ủy"
            organization "Tỉnh ủy"
            resolution "Kế hoạch số 12-KH/TU" code=KH/TU doc_type=Kế hoạch number=12
            resolution "Nghị quyết số 57-NQ/TW" code=NQ/TW doc_type=Nghị quyết number=57 title=phát triển khoa học, công nghệ
            organization "Bộ Chính trị"
            resolution "Kế hoạch số 15-KH/TU" code=KH/TU doc_type=Kế hoạch number=15
            resolution "Chỉ thị số 35-CT/TW" code=CT/TW doc_type=Chỉ thị number=35
            issued: Ban Thường vụ Tỉnh ủy -> Kế hoạch số 12-KH/TU
            issued: Ban Thường vụ Tỉnh ủy -> Kế hoạch số 15-KH/TU
            implements: Kế hoạch số 12-KH/TU -> Nghị quyết số 57-NQ/TW
            issued: Bộ Chính trị -> Nghị quyết số 57-NQ/TW
            implements: Kế hoạch số 15-KH/TU -> Chỉ thị số 35-CT/TW
        "#]],
    );
}

#[test]
fn board_of_a_state_group_and_its_party_committee() {
    check(
        "Ông Lê Văn Hải, Bí thư Đảng ủy, Chủ tịch Hội đồng thành viên Tập đoàn Điện lực Việt Nam phát biểu.",
        expect![[r#"
            person "Lê Văn Hải"
            organization "Đảng ủy Tập đoàn Điện lực Việt Nam"
            organization "Hội đồng thành viên Tập đoàn Điện lực Việt Nam"
            organization "Tập đoàn Điện lực Việt Nam"
            holds_position: Lê Văn Hải -> Đảng ủy Tập đoàn Điện lực Việt Nam (Bí thư)
            holds_position: Lê Văn Hải -> Hội đồng thành viên Tập đoàn Điện lực Việt Nam (Chủ tịch)
        "#]],
    );
}

#[test]
fn numbered_naval_region() {
    check(
        "Thượng tá Trần Văn Quý, Lữ đoàn trưởng Lữ đoàn 171 (Vùng 2 Hải quân) phát biểu. Vùng Đông Nam Bộ phát triển nhanh.",
        expect![[r#"
            person "Trần Văn Quý" rank=Thượng tá
            organization "Lữ đoàn 171"
            organization "Vùng 2 Hải quân"
            holds_position: Trần Văn Quý -> Lữ đoàn 171 (Lữ đoàn trưởng)
            part_of: Lữ đoàn 171 -> Vùng 2 Hải quân
        "#]],
    );
}

#[test]
fn party_committee_and_command_organise_together() {
    check(
        "Sáng 3/1, Đảng ủy, Bộ Tư lệnh Quân khu 9 tổ chức Hội nghị Quân chính năm 2024.",
        expect![[r#"
            organization "Đảng ủy Quân khu 9"
            organization "Bộ Tư lệnh Quân khu 9"
            meeting "Hội nghị Quân chính năm 2024" date=--01-03 meeting_type=Hội nghị
            organized: Đảng ủy Quân khu 9 -> Hội nghị Quân chính năm 2024
            organized: Bộ Tư lệnh Quân khu 9 -> Hội nghị Quân chính năm 2024
        "#]],
    );
}

#[test]
fn bare_heads_name_the_body_the_article_is_about() {
    check(
        "Sáng 5/6, Ủy ban Xã hội tổ chức phiên họp toàn thể; Bộ Tư lệnh Quân khu 3 dự. Bà Nguyễn Thúy Anh yêu cầu thực hiện Kế hoạch số 412/KH-UBXH15 của Ủy ban về khảo sát; Bộ Tư lệnh Quân khu đã ban hành Kế hoạch số 2468/KH-BTL.",
        expect![[r#"
            meeting "Phiên họp toàn thể" date=--06-05 meeting_type=Phiên họp
            organization "Bộ Tư lệnh Quân khu 3"
            person "Nguyễn Thúy Anh"
            resolution "Kế hoạch số 412/KH-UBXH15" code=KH-UBXH15 doc_type=Kế hoạch number=412 title=khảo sát
            organization "Ủy ban Xã hội"
            resolution "Kế hoạch số 2468/KH-BTL" code=KH-BTL doc_type=Kế hoạch number=2468
            issued: Bộ Tư lệnh Quân khu 3 -> Kế hoạch số 2468/KH-BTL
            spoke_at: Nguyễn Thúy Anh -> Phiên họp toàn thể
            organized: Ủy ban Xã hội -> Phiên họp toàn thể
            issued: Ủy ban Xã hội -> Kế hoạch số 412/KH-UBXH15
        "#]],
    );
}

#[test]
fn standing_member_and_a_title_that_opens_the_next_name() {
    check(
        "Sáng 3/4, Tỉnh ủy Hà Tĩnh tổ chức hội nghị. Dự có đồng chí Nguyễn Văn An, Ủy viên Ban Thường vụ, Trưởng Ban Tuyên giáo Tỉnh ủy; Giám đốc Sở Nội vụ Nguyễn Thị Hoa, Chánh Văn phòng Tỉnh ủy Lê Văn Khánh.",
        expect![[r#"
            organization "Tỉnh ủy Hà Tĩnh"
            meeting "Hội nghị" date=--04-03 meeting_type=Hội nghị
            person "Nguyễn Văn An"
            organization "Ban Tuyên giáo Tỉnh ủy Hà Tĩnh"
            organization "Sở Nội vụ tỉnh Hà Tĩnh"
            person "Nguyễn Thị Hoa"
            organization "Văn phòng Tỉnh ủy Hà Tĩnh"
            person "Lê Văn Khánh"
            organized: Tỉnh ủy Hà Tĩnh -> Hội nghị
            attended: Nguyễn Văn An -> Hội nghị
            holds_position: Nguyễn Văn An -> Tỉnh ủy Hà Tĩnh (Ủy viên Ban Thường vụ)
            holds_position: Nguyễn Văn An -> Ban Tuyên giáo Tỉnh ủy Hà Tĩnh (Trưởng Ban)
            attended: Nguyễn Thị Hoa -> Hội nghị
            holds_position: Nguyễn Thị Hoa -> Sở Nội vụ tỉnh Hà Tĩnh (Giám đốc)
            attended: Lê Văn Khánh -> Hội nghị
            holds_position: Lê Văn Khánh -> Văn phòng Tỉnh ủy Hà Tĩnh (Chánh Văn phòng)
        "#]],
    );
}

#[test]
fn partners_organise_and_passive_organisers() {
    check(
        "Sáng 5/3, Ban Tuyên giáo Trung ương chủ trì, phối hợp với Bộ Văn hóa, Thể thao và Du lịch tổ chức Lễ kỷ niệm 100 năm Ngày Báo chí cách mạng. Chiều 6/3, Hội thảo khoa học về chuyển đổi số được Học viện Chính trị khu vực I tổ chức.",
        expect![[r#"
            organization "Ban Tuyên giáo Trung ương"
            organization "Bộ Văn hóa, Thể thao và Du lịch"
            meeting "Lễ kỷ niệm 100 năm Ngày Báo chí cách mạng" date=--03-05 meeting_type=Lễ
            meeting "Hội thảo khoa học về chuyển đổi số" date=--03-06 meeting_type=Hội thảo
            organization "Học viện Chính trị khu vực I"
            organized: Ban Tuyên giáo Trung ương -> Lễ kỷ niệm 100 năm Ngày Báo chí cách mạng
            organized: Bộ Văn hóa, Thể thao và Du lịch -> Lễ kỷ niệm 100 năm Ngày Báo chí cách mạng
            organized: Học viện Chính trị khu vực I -> Hội thảo khoa học về chuyển đổi số
        "#]],
    );
}

#[test]
fn same_day_meeting_is_its_own_event() {
    check(
        "Sáng 5/3, Bộ Y tế tổ chức Lễ kỷ niệm. Chiều cùng ngày, Hội thảo khoa học về chuyển đổi số được Học viện Chính trị khu vực I tổ chức.",
        expect![[r#"
            organization "Bộ Y tế"
            meeting "Lễ kỷ niệm" date=--03-05 meeting_type=Lễ
            meeting "Hội thảo khoa học về chuyển đổi số" date=--03-05 meeting_type=Hội thảo
            organization "Học viện Chính trị khu vực I"
            organized: Bộ Y tế -> Lễ kỷ niệm
            organized: Học viện Chính trị khu vực I -> Hội thảo khoa học về chuyển đổi số
        "#]],
    );
}

#[test]
fn adopted_list_items_may_run_on_after_their_names() {
    check(
        "Sáng 6/6, HĐND tỉnh Bình Dương khai mạc Kỳ họp thứ 15. Kỳ họp đã biểu quyết thông qua 9 nghị quyết, trong đó có Nghị quyết số 12/2024/NQ-HĐND về điều chỉnh kế hoạch đầu tư công; Nghị quyết số 13/2024/NQ-HĐND quy định mức hỗ trợ đối với người lao động bị chấm dứt hợp đồng lao động, mất việc làm do doanh nghiệp thu hẹp sản xuất; Nghị quyết số 15/2024/NQ-HĐND quy định mức thu học phí.",
        expect![[r#"
            organization "Hội đồng nhân dân tỉnh Bình Dương"
            meeting "Kỳ họp thứ 15" date=--06-06 meeting_type=Kỳ họp
            resolution "Nghị quyết số 12/2024/NQ-HĐND" code=2024/NQ-HĐND doc_type=Nghị quyết number=12 title=điều chỉnh kế hoạch đầu tư công
            resolution "Nghị quyết số 13/2024/NQ-HĐND" code=2024/NQ-HĐND doc_type=Nghị quyết number=13
            resolution "Nghị quyết số 15/2024/NQ-HĐND" code=2024/NQ-HĐND doc_type=Nghị quyết number=15
            issued: Hội đồng nhân dân tỉnh Bình Dương -> Nghị quyết số 12/2024/NQ-HĐND
            issued: Hội đồng nhân dân tỉnh Bình Dương -> Nghị quyết số 13/2024/NQ-HĐND
            issued: Hội đồng nhân dân tỉnh Bình Dương -> Nghị quyết số 15/2024/NQ-HĐND
            discussed: Kỳ họp thứ 15 -> Nghị quyết số 12/2024/NQ-HĐND
            discussed: Kỳ họp thứ 15 -> Nghị quyết số 13/2024/NQ-HĐND
            discussed: Kỳ họp thứ 15 -> Nghị quyết số 15/2024/NQ-HĐND
        "#]],
    );
}

#[test]
fn co_chairs_joined_by_va_with_titles() {
    check(
        "Sáng 5/3, Bộ Y tế tổ chức Hội nghị tổng kết. Hội nghị do Bộ trưởng Đào Hồng Lan và Thứ trưởng Trần Văn Thuấn chủ trì.",
        expect![[r#"
            organization "Bộ Y tế"
            meeting "Hội nghị tổng kết" date=--03-05 meeting_type=Hội nghị
            person "Đào Hồng Lan"
            person "Trần Văn Thuấn"
            organized: Bộ Y tế -> Hội nghị tổng kết
            chaired: Đào Hồng Lan -> Hội nghị tổng kết
            holds_position: Đào Hồng Lan -> Bộ Y tế (Bộ trưởng)
            chaired: Trần Văn Thuấn -> Hội nghị tổng kết
            holds_position: Trần Văn Thuấn -> Bộ Y tế (Thứ trưởng)
        "#]],
    );
}

#[test]
fn decree_detailing_a_law_implements_it() {
    check(
        "Nghị định số 24/2024/NĐ-CP của Chính phủ quy định chi tiết một số điều và biện pháp thi hành Luật Đấu thầu số 22/2023/QH15.",
        expect![[r#"
            resolution "Nghị định số 24/2024/NĐ-CP" code=2024/NĐ-CP doc_type=Nghị định number=24
            organization "Chính phủ"
            resolution "Luật Đấu thầu số 22/2023/QH15" code=2023/QH15 doc_type=Luật number=22
            implements: Nghị định số 24/2024/NĐ-CP -> Luật Đấu thầu số 22/2023/QH15
            issued: Chính phủ -> Nghị định số 24/2024/NĐ-CP
        "#]],
    );
}

#[test]
fn deputies_in_charge_repeated_shared_words_and_schools_named_after_people() {
    check(
        "Sáng 3/4, UBND tỉnh Quảng Ngãi tổ chức hội nghị. Ông Võ Văn Cường, Phó Giám đốc phụ trách Sở Nội vụ trình bày báo cáo; bà Đinh Thị Hồng Minh, Trưởng đoàn Đoàn đại biểu Quốc hội tỉnh, và ông Trần Văn Em, Hiệu trưởng Trường Đại học Phạm Văn Đồng, cùng dự.",
        expect![[r#"
            organization "Ủy ban nhân dân tỉnh Quảng Ngãi"
            meeting "Hội nghị" date=--04-03 meeting_type=Hội nghị
            person "Võ Văn Cường"
            organization "Sở Nội vụ tỉnh Quảng Ngãi"
            person "Đinh Thị Hồng Minh"
            organization "Đoàn đại biểu Quốc hội tỉnh Quảng Ngãi"
            person "Trần Văn Em"
            organization "Trường Đại học Phạm Văn Đồng"
            organized: Ủy ban nhân dân tỉnh Quảng Ngãi -> Hội nghị
            attended: Võ Văn Cường -> Hội nghị
            spoke_at: Võ Văn Cường -> Hội nghị
            holds_position: Võ Văn Cường -> Sở Nội vụ tỉnh Quảng Ngãi (Phó Giám đốc phụ trách)
            attended: Đinh Thị Hồng Minh -> Hội nghị
            holds_position: Đinh Thị Hồng Minh -> Đoàn đại biểu Quốc hội tỉnh Quảng Ngãi (Trưởng Đoàn)
            attended: Trần Văn Em -> Hội nghị
            holds_position: Trần Văn Em -> Trường Đại học Phạm Văn Đồng (Hiệu trưởng)
        "#]],
    );
}

#[test]
fn team_and_border_post_commanders() {
    check(
        "Trung tá Trần Thị Mai, Đội trưởng Đội Cảnh sát hình sự Công an huyện Nghi Lộc, và Đại úy Hà Văn Sơn, Đồn trưởng Đồn Biên phòng Nậm Cắn, cùng dự.",
        expect![[r#"
            person "Trần Thị Mai" rank=Trung tá
            organization "Đội Cảnh sát hình sự Công an huyện Nghi Lộc"
            person "Hà Văn Sơn" rank=Đại úy
            organization "Đồn Biên phòng Nậm Cắn"
            holds_position: Trần Thị Mai -> Đội Cảnh sát hình sự Công an huyện Nghi Lộc (Đội trưởng)
            holds_position: Hà Văn Sơn -> Đồn Biên phòng Nậm Cắn (Đồn trưởng)
        "#]],
    );
}

#[test]
fn bare_party_committee_is_the_articles_and_kem_theo_ends_a_name() {
    check(
        "Đảng ủy Tập đoàn Hóa chất Việt Nam tổ chức hội nghị. Đồng chí Trần Văn Bình, Phó Bí thư Đảng ủy Tập đoàn cho biết Đảng ủy đã ban hành Quy chế làm việc của Ban Chấp hành Đảng bộ Tập đoàn kèm theo Quyết định số 12-QĐ/ĐU. Bí thư Đảng ủy Lê Văn Hòa chủ trì hội nghị.",
        expect![[r#"
            meeting "Hội nghị" meeting_type=Hội nghị
            person "Trần Văn Bình"
            resolution "Quy chế làm việc của Ban Chấp hành Đảng bộ Tập đoàn" doc_type=Quy chế
            organization "Ban Chấp hành Đảng bộ Tập đoàn Hóa chất Việt Nam"
            organization "Đảng ủy Tập đoàn Hóa chất Việt Nam"
            resolution "Quyết định số 12-QĐ/ĐU" code=QĐ/ĐU doc_type=Quyết định number=12
            person "Lê Văn Hòa"
            spoke_at: Trần Văn Bình -> Hội nghị
            holds_position: Trần Văn Bình -> Đảng ủy Tập đoàn Hóa chất Việt Nam (Phó Bí thư)
            issued: Ban Chấp hành Đảng bộ Tập đoàn Hóa chất Việt Nam -> Quy chế làm việc của Ban Chấp hành Đảng bộ Tập đoàn
            organized: Đảng ủy Tập đoàn Hóa chất Việt Nam -> Hội nghị
            issued: Đảng ủy Tập đoàn Hóa chất Việt Nam -> Quy chế làm việc của Ban Chấp hành Đảng bộ Tập đoàn
            issued: Đảng ủy Tập đoàn Hóa chất Việt Nam -> Quyết định số 12-QĐ/ĐU
            chaired: Lê Văn Hòa -> Hội nghị
            holds_position: Lê Văn Hòa -> Đảng ủy Tập đoàn Hóa chất Việt Nam (Bí thư)
        "#]],
    );
}

#[test]
fn this_meeting_is_the_one_named_last_and_leading_bodies_issue_jointly() {
    check(
        "Sáng 9/1/2024, Bộ Y tế tổ chức Hội nghị tổng kết công tác năm 2023. Trước đó, sáng 2/1/2024, Thứ trưởng Đỗ Xuân Tuyên chủ trì Hội nghị triển khai Chiến lược phát triển ngành Dược. Tại hội nghị này, ông Vũ Tuấn Cường phổ biến Thông tư số 23/2023/TT-BYT. Bộ trưởng đề nghị thực hiện Kết luận số 183-KL/TW của Bộ Chính trị, Ban Bí thư.",
        expect![[r#"
            meeting "Hội nghị tổng kết công tác năm 2023" date=2024-01-09 meeting_type=Hội nghị
            person "Đỗ Xuân Tuyên"
            meeting "Hội nghị triển khai Chiến lược phát triển ngành Dược" date=2024-01-02 meeting_type=Hội nghị
            person "Vũ Tuấn Cường"
            organization "Bộ Y tế"
            resolution "Thông tư số 23/2023/TT-BYT" code=2023/TT-BYT doc_type=Thông tư number=23
            resolution "Kết luận số 183-KL/TW" code=KL/TW doc_type=Kết luận number=183
            organization "Bộ Chính trị"
            organization "Ban Bí thư Trung ương Đảng"
            chaired: Đỗ Xuân Tuyên -> Hội nghị triển khai Chiến lược phát triển ngành Dược
            holds_position: Đỗ Xuân Tuyên -> Bộ Y tế (Thứ trưởng)
            discussed: Hội nghị triển khai Chiến lược phát triển ngành Dược -> Thông tư số 23/2023/TT-BYT
            spoke_at: Vũ Tuấn Cường -> Hội nghị triển khai Chiến lược phát triển ngành Dược
            organized: Bộ Y tế -> Hội nghị tổng kết công tác năm 2023
            issued: Bộ Y tế -> Thông tư số 23/2023/TT-BYT
            issued: Bộ Chính trị -> Kết luận số 183-KL/TW
            issued: Ban Bí thư Trung ương Đảng -> Kết luận số 183-KL/TW
        "#]],
    );
}

#[test]
fn provincial_border_guard_border_gate_posts_listed_deputies_and_headline_colons() {
    check(
        "Thủ tướng: Ngành Nông nghiệp phải đổi mới. Ngày 26/12/2025, Bộ đội Biên phòng tỉnh Hà Tĩnh tổ chức hội nghị. Thượng tá Phan Văn Nam, Tham mưu trưởng BĐBP tỉnh trình bày báo cáo; Thiếu tá Lê Văn Tâm, Đồn trưởng Đồn Biên phòng cửa khẩu quốc tế Cầu Treo tham luận. Các đồng chí Hồ Văn Minh, Trần Thị Hà và Võ Văn Lực giữ chức Phó Chủ tịch Ủy ban MTTQ Việt Nam tỉnh.",
        expect![[r#"
            organization "Bộ đội Biên phòng tỉnh Hà Tĩnh"
            meeting "Hội nghị" date=2025-12-26 meeting_type=Hội nghị
            person "Phan Văn Nam" rank=Thượng tá
            person "Lê Văn Tâm" rank=Thiếu tá
            organization "Đồn Biên phòng cửa khẩu quốc tế Cầu Treo"
            person "Hồ Văn Minh"
            person "Trần Thị Hà"
            person "Võ Văn Lực"
            organization "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh"
            organized: Bộ đội Biên phòng tỉnh Hà Tĩnh -> Hội nghị
            spoke_at: Phan Văn Nam -> Hội nghị
            holds_position: Phan Văn Nam -> Bộ đội Biên phòng tỉnh Hà Tĩnh (Tham mưu trưởng)
            spoke_at: Lê Văn Tâm -> Hội nghị
            holds_position: Lê Văn Tâm -> Đồn Biên phòng cửa khẩu quốc tế Cầu Treo (Đồn trưởng)
            holds_position: Hồ Văn Minh -> Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh (Phó Chủ tịch)
            holds_position: Trần Thị Hà -> Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh (Phó Chủ tịch)
            holds_position: Võ Văn Lực -> Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh (Phó Chủ tịch)
        "#]],
    );
}

#[test]
fn same_day_working_visit_by_a_person() {
    check(
        "Sáng 17/12/2025, Tòa án nhân dân tỉnh Nghệ An tổ chức hội nghị triển khai công tác năm 2026. Chiều cùng ngày, Chánh án Nguyễn Văn Quảng đến thăm, làm việc với Sở Tư pháp tỉnh Nghệ An.",
        expect![[r#"
            organization "Tòa án nhân dân tỉnh Nghệ An"
            meeting "Hội nghị triển khai công tác năm 2026" date=2025-12-17 meeting_type=Hội nghị
            person "Nguyễn Văn Quảng"
            meeting "Buổi làm việc với Sở Tư pháp tỉnh Nghệ An" date=2025-12-17 meeting_type=Buổi làm việc
            organization "Sở Tư pháp tỉnh Nghệ An"
            organized: Tòa án nhân dân tỉnh Nghệ An -> Hội nghị triển khai công tác năm 2026
            attended: Nguyễn Văn Quảng -> Buổi làm việc với Sở Tư pháp tỉnh Nghệ An
        "#]],
    );
}

#[test]
fn charters_are_named_by_the_body_they_govern_and_the_subject_meeting_adopts() {
    check(
        "Sáng 17/8/2023, Đại hội Công đoàn tỉnh Bình Phước lần thứ XI khai mạc. Đại hội thảo luận dự thảo Điều lệ Công đoàn Việt Nam (sửa đổi, bổ sung) và văn kiện Đại hội Công đoàn Việt Nam lần thứ XIII. Đại hội biểu quyết thông qua Nghị quyết Đại hội Công đoàn tỉnh Bình Phước lần thứ XI và bầu đoàn đại biểu dự Đại hội Công đoàn Việt Nam lần thứ XIII.",
        expect![[r#"
            meeting "Đại hội Công đoàn tỉnh Bình Phước lần thứ XI" date=2023-08-17 meeting_type=Đại hội
            resolution "Điều lệ Công đoàn Việt Nam (sửa đổi, bổ sung)" doc_type=Điều lệ
            resolution "Nghị quyết Đại hội Công đoàn tỉnh Bình Phước lần thứ XI" doc_type=Nghị quyết
            discussed: Đại hội Công đoàn tỉnh Bình Phước lần thứ XI -> Điều lệ Công đoàn Việt Nam (sửa đổi, bổ sung)
            discussed: Đại hội Công đoàn tỉnh Bình Phước lần thứ XI -> Nghị quyết Đại hội Công đoàn tỉnh Bình Phước lần thứ XI
        "#]],
    );
}

#[test]
fn a_headline_body_takes_the_place_the_article_names_most() {
    // The headline ("Tin bài") is followed by a lead that names the body
    // before any place; the article names Quảng Trị more than Quảng Bình.
    check(
        "Công an tỉnh sơ kết mô hình công an xã. Công an tỉnh Quảng Trị được tổ chức lại trên cơ sở hợp nhất Công an tỉnh Quảng Bình và Công an tỉnh Quảng Trị. Đại tá Lê Văn Hùng, Giám đốc Công an tỉnh Quảng Trị chủ trì hội nghị.",
        expect![[r#"
            organization "Công an tỉnh Quảng Trị"
            organization "Công an tỉnh Quảng Bình"
            person "Lê Văn Hùng" rank=Đại tá
            meeting "Hội nghị" meeting_type=Hội nghị
            chaired: Lê Văn Hùng -> Hội nghị
            holds_position: Lê Văn Hùng -> Công an tỉnh Quảng Trị (Giám đốc)
        "#]],
    );
}

#[test]
fn meetings_named_as_where_things_go_are_not_where_they_happen() {
    check(
        "Trước đó, chiều 16-12-2024, Thường vụ Đảng ủy Bộ Tư lệnh Thủ đô Hà Nội đã họp, do Trung tướng Trần Ngọc Tuấn chủ trì, cho ý kiến vào phương án chuẩn bị đại hội điểm ở cấp cơ sở. Kết luận, Trung tướng Trần Ngọc Tuấn giao cơ quan hoàn thiện báo cáo để trình tại Kỳ họp thứ 6 của Hội đồng nhân dân thành phố.",
        expect![[r#"
            organization "Thường vụ Đảng ủy Bộ Tư lệnh Thủ đô Hà Nội"
            organization "Đảng ủy Bộ Tư lệnh Thủ đô Hà Nội"
            meeting "Cuộc họp" date=2024-12-16 meeting_type=Cuộc họp
            person "Trần Ngọc Tuấn" rank=Trung tướng
            meeting "Kỳ họp thứ 6 của Hội đồng nhân dân thành phố" meeting_type=Kỳ họp
            organization "Hội đồng nhân dân thành phố"
            organized: Thường vụ Đảng ủy Bộ Tư lệnh Thủ đô Hà Nội -> Cuộc họp
            chaired: Trần Ngọc Tuấn -> Cuộc họp
            organized: Hội đồng nhân dân thành phố -> Kỳ họp thứ 6 của Hội đồng nhân dân thành phố
        "#]],
    );
}

#[test]
fn a_post_alone_stands_for_its_one_holder() {
    check(
        "Sáng 7/9/2024, Thủ tướng Phạm Minh Chính chủ trì Phiên họp Chính phủ thường kỳ tháng 8. Các đại biểu thảo luận sôi nổi. Kết luận phiên họp, Thủ tướng yêu cầu các bộ quán triệt chỉ đạo của Tổng Bí thư, Chủ tịch nước Tô Lâm về chống lãng phí.",
        expect![[r#"
            person "Phạm Minh Chính"
            meeting "Phiên họp Chính phủ thường kỳ tháng 8" date=2024-09-07 meeting_type=Phiên họp
            organization "Chính phủ"
            organization "Ban Chấp hành Trung ương Đảng"
            person "Tô Lâm"
            chaired: Phạm Minh Chính -> Phiên họp Chính phủ thường kỳ tháng 8
            spoke_at: Phạm Minh Chính -> Phiên họp Chính phủ thường kỳ tháng 8
            holds_position: Phạm Minh Chính -> Chính phủ (Thủ tướng)
            holds_position: Tô Lâm -> Ban Chấp hành Trung ương Đảng (Tổng Bí thư)
        "#]],
    );
}

#[test]
fn companies_hospitals_and_associations_are_bodies() {
    check(
        "Ông Đào Xuân Cơ, Giám đốc Bệnh viện Bạch Mai, đại diện Công ty TNHH Giày Đức Hòa và Công ty cổ phần Tiến bộ quốc tế dự hội nghị.",
        expect![[r#"
            person "Đào Xuân Cơ"
            organization "Bệnh viện Bạch Mai"
            organization "Công ty TNHH Giày Đức Hòa"
            organization "Công ty cổ phần Tiến bộ quốc tế"
            meeting "Hội nghị" meeting_type=Hội nghị
            attended: Đào Xuân Cơ -> Hội nghị
            holds_position: Đào Xuân Cơ -> Bệnh viện Bạch Mai (Giám đốc)
        "#]],
    );
}

#[test]
fn chairs_listed_after_chu_tri_co() {
    check(
        "Sáng 5/3/2024, Đảng ủy Tập đoàn Dầu khí Quốc gia Việt Nam tổ chức hội nghị. Chủ trì hội nghị có đồng chí Hoàng Quốc Vượng, Bí thư Đảng ủy; đồng chí Lê Mạnh Hùng, Tổng Giám đốc Tập đoàn. Dự hội nghị có đồng chí Trần Văn Bình.",
        expect![[r#"
            organization "Đảng ủy Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam"
            meeting "Hội nghị" date=2024-03-05 meeting_type=Hội nghị
            person "Hoàng Quốc Vượng"
            person "Lê Mạnh Hùng"
            organization "Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam"
            person "Trần Văn Bình"
            organized: Đảng ủy Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam -> Hội nghị
            chaired: Hoàng Quốc Vượng -> Hội nghị
            chaired: Lê Mạnh Hùng -> Hội nghị
            holds_position: Lê Mạnh Hùng -> Tập đoàn Công nghiệp - Năng lượng Quốc gia Việt Nam (Tổng Giám đốc)
            attended: Trần Văn Bình -> Hội nghị
        "#]],
    );
}

#[test]
fn presenting_a_draft_discusses_it_a_report_presented_does_not() {
    check(
        "Sáng 20/12/2025, Bộ Tài chính tổ chức Hội nghị tổng kết công tác năm 2025. Bà Lê Thị Hạnh, Vụ trưởng Vụ Ngân sách nhà nước giới thiệu dự thảo Chỉ thị số 01/CT-BTC về tổ chức thực hiện nhiệm vụ năm 2026. Báo cáo do ông Trần Văn Nam trình bày cho biết, thực hiện Kế hoạch số 15/KH-BTC, ngành đã hoàn thành nhiệm vụ.",
        expect![[r#"
            meeting "Hội nghị tổng kết công tác năm 2025" date=2025-12-20 meeting_type=Hội nghị
            person "Lê Thị Hạnh"
            organization "Vụ Ngân sách nhà nước"
            organization "Bộ Tài chính"
            resolution "Chỉ thị số 01/CT-BTC" code=CT-BTC doc_type=Chỉ thị number=01 title=tổ chức thực hiện nhiệm vụ năm 2026
            person "Trần Văn Nam"
            resolution "Kế hoạch số 15/KH-BTC" code=KH-BTC doc_type=Kế hoạch number=15
            discussed: Hội nghị tổng kết công tác năm 2025 -> Chỉ thị số 01/CT-BTC
            spoke_at: Lê Thị Hạnh -> Hội nghị tổng kết công tác năm 2025
            holds_position: Lê Thị Hạnh -> Vụ Ngân sách nhà nước (Vụ trưởng)
            organized: Bộ Tài chính -> Hội nghị tổng kết công tác năm 2025
            issued: Bộ Tài chính -> Chỉ thị số 01/CT-BTC
            issued: Bộ Tài chính -> Kế hoạch số 15/KH-BTC
            spoke_at: Trần Văn Nam -> Hội nghị tổng kết công tác năm 2025
        "#]],
    );
}

#[test]
fn a_resolution_issuing_an_action_programme_carries_out_its_target() {
    check(
        "Ban Chỉ đạo yêu cầu các sở bám sát Nghị quyết số 03/NQ-CP ngày 9-1-2025 của Chính phủ ban hành Chương trình hành động thực hiện Nghị quyết số 57-NQ/TW của Bộ Chính trị.",
        expect![[r#"
            resolution "Nghị quyết số 03/NQ-CP" code=NQ-CP date=2025-01-09 doc_type=Nghị quyết number=03
            organization "Chính phủ"
            resolution "Nghị quyết số 57-NQ/TW" code=NQ/TW doc_type=Nghị quyết number=57
            organization "Bộ Chính trị"
            implements: Nghị quyết số 03/NQ-CP -> Nghị quyết số 57-NQ/TW
            issued: Chính phủ -> Nghị quyết số 03/NQ-CP
            issued: Bộ Chính trị -> Nghị quyết số 57-NQ/TW
        "#]],
    );
}

#[test]
fn a_plan_reviewing_an_implementation_carries_it_out() {
    check(
        "Ban Thường vụ Tỉnh ủy đã ban hành Kế hoạch số 168-KH/TU sơ kết 5 năm thực hiện Kết luận số 43-KL/TW của Ban Bí thư.",
        expect![[r#"
            organization "Ban Thường vụ Tỉnh ủy"
            organization "Tỉnh ủy"
            resolution "Kế hoạch số 168-KH/TU" code=KH/TU doc_type=Kế hoạch number=168
            resolution "Kết luận số 43-KL/TW" code=KL/TW doc_type=Kết luận number=43
            organization "Ban Bí thư Trung ương Đảng"
            issued: Ban Thường vụ Tỉnh ủy -> Kế hoạch số 168-KH/TU
            implements: Kế hoạch số 168-KH/TU -> Kết luận số 43-KL/TW
            issued: Ban Bí thư Trung ương Đảng -> Kết luận số 43-KL/TW
        "#]],
    );
}

#[test]
fn documents_between_two_bodies_and_two_rules_sharing_a_short_name() {
    check(
        "Sáng 12/3, Bảo hiểm xã hội Việt Nam và Bộ Tư pháp ký Quy chế phối hợp trong thực hiện chính sách bảo hiểm xã hội. Công an tỉnh Nghệ An và Bộ Chỉ huy Quân sự tỉnh Nghệ An ký Quy chế phối hợp trong thực hiện nhiệm vụ quốc phòng. Hội nghị thông qua Chương trình phối hợp giữa Ủy ban nhân dân tỉnh Nghệ An và Công an tỉnh Nghệ An giai đoạn 2026 - 2030.",
        expect![[r#"
            organization "Bảo hiểm xã hội Việt Nam"
            organization "Bộ Tư pháp"
            resolution "Quy chế phối hợp trong thực hiện chính sách bảo hiểm xã hội" doc_type=Quy chế
            organization "Công an tỉnh Nghệ An"
            organization "Bộ Chỉ huy Quân sự tỉnh Nghệ An"
            resolution "Quy chế phối hợp trong thực hiện nhiệm vụ quốc phòng" doc_type=Quy chế
            meeting "Hội nghị" meeting_type=Hội nghị
            resolution "Chương trình phối hợp giữa Ủy ban nhân dân tỉnh Nghệ An và Công an tỉnh Nghệ An giai đoạn 2026 - 2030" doc_type=Chương trình phối hợp
            organization "Ủy ban nhân dân tỉnh Nghệ An"
            issued: Bảo hiểm xã hội Việt Nam -> Quy chế phối hợp trong thực hiện chính sách bảo hiểm xã hội
            issued: Bộ Tư pháp -> Quy chế phối hợp trong thực hiện chính sách bảo hiểm xã hội
            issued: Công an tỉnh Nghệ An -> Quy chế phối hợp trong thực hiện nhiệm vụ quốc phòng
            issued: Công an tỉnh Nghệ An -> Chương trình phối hợp giữa Ủy ban nhân dân tỉnh Nghệ An và Công an tỉnh Nghệ An giai đoạn 2026 - 2030
            issued: Bộ Chỉ huy Quân sự tỉnh Nghệ An -> Quy chế phối hợp trong thực hiện nhiệm vụ quốc phòng
            discussed: Hội nghị -> Chương trình phối hợp giữa Ủy ban nhân dân tỉnh Nghệ An và Công an tỉnh Nghệ An giai đoạn 2026 - 2030
            issued: Ủy ban nhân dân tỉnh Nghệ An -> Chương trình phối hợp giữa Ủy ban nhân dân tỉnh Nghệ An và Công an tỉnh Nghệ An giai đoạn 2026 - 2030
        "#]],
    );
}

#[test]
fn deliberating_on_a_document_is_the_meetings_and_deadlines_end_names() {
    check(
        "Sáng 5/1, Ủy ban Kiểm tra Tỉnh ủy Hưng Yên tổ chức Kỳ họp thứ 53. Ủy ban cũng cho ý kiến vào Kế hoạch số 120/KH-UBKT thực hiện Nghị quyết số 15-NQ/TU. Đồng chí Lâm Thị Kim Ngân thông qua dự thảo Chương trình hành động số 04-CTr/ĐU. Các đơn vị góp ý cho dự thảo Kế hoạch trước ngày 15/9.",
        expect![[r#"
            organization "Ủy ban Kiểm tra Tỉnh ủy Hưng Yên"
            organization "Tỉnh ủy Hưng Yên"
            meeting "Kỳ họp thứ 53" date=--01-05 meeting_type=Kỳ họp
            resolution "Kế hoạch số 120/KH-UBKT" code=KH-UBKT doc_type=Kế hoạch number=120
            resolution "Nghị quyết số 15-NQ/TU" code=NQ/TU doc_type=Nghị quyết number=15
            person "Lâm Thị Kim Ngân"
            resolution "Chương trình hành động số 04-CTr/ĐU" code=CTr/ĐU doc_type=Chương trình hành động number=04
            organized: Ủy ban Kiểm tra Tỉnh ủy Hưng Yên -> Kỳ họp thứ 53
            issued: Ủy ban Kiểm tra Tỉnh ủy Hưng Yên -> Kế hoạch số 120/KH-UBKT
            discussed: Kỳ họp thứ 53 -> Kế hoạch số 120/KH-UBKT
            discussed: Kỳ họp thứ 53 -> Nghị quyết số 15-NQ/TU
            discussed: Kỳ họp thứ 53 -> Chương trình hành động số 04-CTr/ĐU
            implements: Kế hoạch số 120/KH-UBKT -> Nghị quyết số 15-NQ/TU
        "#]],
    );
}

#[test]
fn a_department_of_the_articles_body_and_what_is_announced_at_the_meeting() {
    check(
        "Sáng 5/1, Đảng ủy Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam tổ chức hội nghị tổng kết. Ông Ngô Hoàng Ngân, Bí thư Đảng ủy, Chủ tịch Hội đồng thành viên Tập đoàn chủ trì hội nghị. Cũng tại hội nghị, Văn phòng Tập đoàn công bố Quyết định số 2105/QĐ-TKV. Dự có ông Lê Quang Hòa, Phó Trưởng Ban Thường trực Ban Chỉ đạo.",
        expect![[r#"
            organization "Đảng ủy Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam"
            meeting "Hội nghị tổng kết" date=--01-05 meeting_type=Hội nghị
            person "Ngô Hoàng Ngân"
            organization "Hội đồng thành viên Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam"
            organization "Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam"
            organization "Văn phòng Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam"
            resolution "Quyết định số 2105/QĐ-TKV" code=QĐ-TKV doc_type=Quyết định number=2105
            person "Lê Quang Hòa"
            organized: Đảng ủy Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam -> Hội nghị tổng kết
            discussed: Hội nghị tổng kết -> Quyết định số 2105/QĐ-TKV
            chaired: Ngô Hoàng Ngân -> Hội nghị tổng kết
            holds_position: Ngô Hoàng Ngân -> Đảng ủy Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam (Bí thư)
            holds_position: Ngô Hoàng Ngân -> Hội đồng thành viên Tập đoàn Công nghiệp Than - Khoáng sản Việt Nam (Chủ tịch)
            attended: Lê Quang Hòa -> Hội nghị tổng kết
        "#]],
    );
}

#[test]
fn law_names_joined_by_va() {
    check(
        "Quốc hội đã thông qua Luật Địa chất và khoáng sản số 54/2024/QH15 và Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ. Bộ triển khai Luật Đất đai và nghị định hướng dẫn.",
        expect![[r#"
            organization "Quốc hội"
            resolution "Luật Địa chất và khoáng sản số 54/2024/QH15" code=2024/QH15 doc_type=Luật number=54
            resolution "Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ" doc_type=Luật
            resolution "Luật Đất đai" doc_type=Luật
            issued: Quốc hội -> Luật Địa chất và khoáng sản số 54/2024/QH15
            issued: Quốc hội -> Luật Phòng cháy, chữa cháy và cứu nạn, cứu hộ
        "#]],
    );
}

#[test]
fn a_sitting_reported_the_same_day_is_a_meeting_of_its_own() {
    check(
        "Sáng 10/1, Bộ Y tế tổ chức Hội nghị tổng kết công tác năm 2024. Chiều cùng ngày, Ban cán sự đảng Bộ Y tế họp, cho ý kiến vào dự thảo Đề án sắp xếp bộ máy.",
        expect![[r#"
            organization "Bộ Y tế"
            meeting "Hội nghị tổng kết công tác năm 2024" date=--01-10 meeting_type=Hội nghị
            organization "Ban cán sự đảng Bộ Y tế"
            meeting "Cuộc họp" date=--01-10 meeting_type=Cuộc họp
            resolution "Đề án sắp xếp bộ máy" doc_type=Đề án
            organized: Bộ Y tế -> Hội nghị tổng kết công tác năm 2024
            organized: Ban cán sự đảng Bộ Y tế -> Cuộc họp
            discussed: Cuộc họp -> Đề án sắp xếp bộ máy
        "#]],
    );
}

#[test]
fn a_named_rule_with_its_number_between_two_bodies_and_cue_syllables_in_names() {
    check(
        "Đồng chí Nguyễn Xuân Ký phát biểu tại hội nghị. Hai bên ký Quy chế phối hợp số 01/QCPH-VKS-CA giữa Viện kiểm sát nhân dân tỉnh Quảng Trị và Công an tỉnh Quảng Trị trong tiếp nhận nguồn tin về tội phạm. Chương trình hành động của Tỉnh ủy thực hiện Nghị quyết số 12-NQ/TW được ban hành.",
        expect![[r#"
            person "Nguyễn Xuân Ký"
            meeting "Hội nghị" meeting_type=Hội nghị
            resolution "Quy chế phối hợp số 01/QCPH-VKS-CA" code=QCPH-VKS-CA doc_type=Quy chế number=01
            organization "Viện Kiểm sát nhân dân tỉnh Quảng Trị"
            organization "Công an tỉnh Quảng Trị"
            resolution "Chương trình hành động của Tỉnh ủy thực hiện Nghị quyết số 12-NQ/TW" doc_type=Chương trình hành động
            organization "Tỉnh ủy Quảng Trị"
            resolution "Nghị quyết số 12-NQ/TW" code=NQ/TW doc_type=Nghị quyết number=12
            spoke_at: Nguyễn Xuân Ký -> Hội nghị
            issued: Viện Kiểm sát nhân dân tỉnh Quảng Trị -> Quy chế phối hợp số 01/QCPH-VKS-CA
            issued: Công an tỉnh Quảng Trị -> Quy chế phối hợp số 01/QCPH-VKS-CA
            implements: Chương trình hành động của Tỉnh ủy thực hiện Nghị quyết số 12-NQ/TW -> Nghị quyết số 12-NQ/TW
            issued: Tỉnh ủy Quảng Trị -> Chương trình hành động của Tỉnh ủy thực hiện Nghị quyết số 12-NQ/TW
        "#]],
    );
}

#[test]
fn joined_documents_share_their_issuer_and_a_fronted_clause_ends_at_its_body() {
    check(
        "Theo ông Nguyễn Mạnh Hà, thực hiện Quy định số 131-QĐ/TW và Quy định số 132-QĐ/TW của Bộ Chính trị về kiểm soát quyền lực, Ban Thường vụ Tỉnh ủy Quảng Trị đã ban hành Kế hoạch số 215-KH/TU để triển khai hai quy định này. Các đơn vị triển khai Kế hoạch số 118 của Đảng ủy Công an Trung ương và Chương trình hành động số 28-CTr/TU của Tỉnh ủy Quảng Ninh.",
        expect![[r#"
            person "Nguyễn Mạnh Hà"
            resolution "Quy định số 131-QĐ/TW" code=QĐ/TW doc_type=Quy định number=131
            resolution "Quy định số 132-QĐ/TW" code=QĐ/TW doc_type=Quy định number=132 title=kiểm soát quyền lực
            organization "Bộ Chính trị"
            organization "Ban Thường vụ Tỉnh ủy Quảng Trị"
            organization "Tỉnh ủy Quảng Trị"
            resolution "Kế hoạch số 215-KH/TU" code=KH/TU doc_type=Kế hoạch number=215
            resolution "Kế hoạch số 118" doc_type=Kế hoạch number=118
            organization "Đảng ủy Công an Trung ương"
            resolution "Chương trình hành động số 28-CTr/TU" code=CTr/TU doc_type=Chương trình hành động number=28
            organization "Tỉnh ủy Quảng Ninh"
            issued: Bộ Chính trị -> Quy định số 131-QĐ/TW
            issued: Bộ Chính trị -> Quy định số 132-QĐ/TW
            issued: Ban Thường vụ Tỉnh ủy Quảng Trị -> Kế hoạch số 215-KH/TU
            implements: Kế hoạch số 215-KH/TU -> Quy định số 131-QĐ/TW
            implements: Kế hoạch số 215-KH/TU -> Quy định số 132-QĐ/TW
            issued: Đảng ủy Công an Trung ương -> Kế hoạch số 118
            issued: Tỉnh ủy Quảng Ninh -> Chương trình hành động số 28-CTr/TU
        "#]],
    );
}

#[test]
fn a_bare_post_binds_to_the_ministry_named_most_unless_named_for_the_person() {
    check(
        "Sáng 10/1, Bộ Tài nguyên và Môi trường tổ chức hội nghị tổng kết. Bộ Tài nguyên và Môi trường sẽ hợp nhất với Bộ Nông nghiệp và Phát triển nông thôn; Bộ Tài nguyên và Môi trường đã chuẩn bị đề án. Bộ trưởng Đỗ Đức Duy chủ trì hội nghị. Dự có Thứ trưởng Bộ Nông nghiệp và Phát triển nông thôn Trần Thanh Nam. Thứ trưởng Trần Thanh Nam phát biểu.",
        expect![[r#"
            organization "Bộ Tài nguyên và Môi trường"
            meeting "Hội nghị tổng kết" date=--01-10 meeting_type=Hội nghị
            organization "Bộ Nông nghiệp và Phát triển nông thôn"
            person "Đỗ Đức Duy"
            person "Trần Thanh Nam"
            organized: Bộ Tài nguyên và Môi trường -> Hội nghị tổng kết
            chaired: Đỗ Đức Duy -> Hội nghị tổng kết
            holds_position: Đỗ Đức Duy -> Bộ Tài nguyên và Môi trường (Bộ trưởng)
            attended: Trần Thanh Nam -> Hội nghị tổng kết
            spoke_at: Trần Thanh Nam -> Hội nghị tổng kết
            holds_position: Trần Thanh Nam -> Bộ Nông nghiệp và Phát triển nông thôn (Thứ trưởng)
        "#]],
    );
}

#[test]
fn the_articles_party_committee_before_a_verb_and_state_corporations() {
    check(
        "Sáng 5/1, Đảng ủy Tổng công ty Đường sắt Việt Nam tổ chức đại hội. Đồng chí Hoàng Gia Khánh – Phó Bí thư Đảng ủy phát biểu. Đồng chí Đặng Sỹ Mạnh, Bí thư Đảng ủy, Chủ tịch Hội đồng thành viên VNR chủ trì.",
        expect![[r#"
            organization "Đảng ủy Tổng công ty Đường sắt Việt Nam"
            meeting "Đại hội" date=--01-05 meeting_type=Đại hội
            person "Hoàng Gia Khánh"
            person "Đặng Sỹ Mạnh"
            organization "Hội đồng thành viên Tổng công ty Đường sắt Việt Nam"
            organization "Tổng công ty Đường sắt Việt Nam"
            organized: Đảng ủy Tổng công ty Đường sắt Việt Nam -> Đại hội
            spoke_at: Hoàng Gia Khánh -> Đại hội
            holds_position: Hoàng Gia Khánh -> Đảng ủy Tổng công ty Đường sắt Việt Nam (Phó Bí thư)
            chaired: Đặng Sỹ Mạnh -> Đại hội
            holds_position: Đặng Sỹ Mạnh -> Đảng ủy Tổng công ty Đường sắt Việt Nam (Bí thư)
            holds_position: Đặng Sỹ Mạnh -> Hội đồng thành viên Tổng công ty Đường sắt Việt Nam (Chủ tịch)
        "#]],
    );
}

#[test]
fn a_congress_opened_the_day_before_is_dated_by_its_opening() {
    check(
        "Sáng 19/12/2023, Đại hội đại biểu toàn quốc Hội Sinh viên Việt Nam lần thứ XI tiến hành phiên trọng thể. Đại hội được khai mạc từ chiều 18/12 với 696 đại biểu.",
        expect![[r#"
            meeting "Đại hội đại biểu toàn quốc Hội Sinh viên Việt Nam lần thứ XI" date=2023-12-18 meeting_type=Đại hội
            organization "Hội Sinh viên Việt Nam"
        "#]],
    );
}

#[test]
fn deputy_heads_of_the_board_the_article_is_about() {
    check(
        "Sáng 5/1, Ban Dân vận Trung ương tổ chức hội nghị. Chủ trì hội nghị có các đồng chí: Bùi Thị Minh Hoài – Bí thư Trung ương Đảng, Trưởng Ban Dân vận Trung ương; Phạm Tất Thắng – Phó Trưởng Ban Thường trực; các Phó Trưởng Ban: Đỗ Văn Phới, Triệu Tài Vinh.",
        expect![[r#"
            organization "Ban Dân vận Trung ương"
            meeting "Hội nghị" date=--01-05 meeting_type=Hội nghị
            person "Bùi Thị Minh Hoài"
            organization "Ban Chấp hành Trung ương Đảng"
            person "Phạm Tất Thắng"
            person "Đỗ Văn Phới"
            person "Triệu Tài Vinh"
            organized: Ban Dân vận Trung ương -> Hội nghị
            chaired: Bùi Thị Minh Hoài -> Hội nghị
            holds_position: Bùi Thị Minh Hoài -> Ban Dân vận Trung ương (Trưởng Ban)
            holds_position: Bùi Thị Minh Hoài -> Ban Chấp hành Trung ương Đảng (Bí thư)
            chaired: Phạm Tất Thắng -> Hội nghị
            holds_position: Phạm Tất Thắng -> Ban Dân vận Trung ương (Phó Trưởng Ban Thường trực)
            chaired: Đỗ Văn Phới -> Hội nghị
            holds_position: Đỗ Văn Phới -> Ban Dân vận Trung ương (Phó Trưởng Ban)
            chaired: Triệu Tài Vinh -> Hội nghị
            holds_position: Triệu Tài Vinh -> Ban Dân vận Trung ương (Phó Trưởng Ban)
        "#]],
    );
}

#[test]
fn the_first_plenum_right_after_a_congress_is_dated_by_its_last_day() {
    check(
        "Trong 2 ngày 14 và 15/8/2025, Đảng bộ phường Tân Lập tổ chức Đại hội đại biểu lần thứ I. Ngay sau khi bế mạc, Ban Chấp hành Đảng bộ phường Tân Lập khoá I đã họp hội nghị lần thứ nhất, do đồng chí Lê Văn Khoa chủ trì.",
        expect![[r#"
            organization "Đảng bộ phường Tân Lập"
            meeting "Đại hội đại biểu lần thứ I" date=2025-08-14 meeting_type=Đại hội
            organization "Ban Chấp hành Đảng bộ phường Tân Lập"
            meeting "Hội nghị lần thứ nhất" date=2025-08-15 meeting_type=Hội nghị
            person "Lê Văn Khoa"
            organized: Đảng bộ phường Tân Lập -> Đại hội đại biểu lần thứ I
            organized: Ban Chấp hành Đảng bộ phường Tân Lập -> Hội nghị lần thứ nhất
            chaired: Lê Văn Khoa -> Hội nghị lần thứ nhất
            spoke_at: Lê Văn Khoa -> Hội nghị lần thứ nhất
        "#]],
    );
}

#[test]
fn the_standing_body_of_a_council_is_a_body_but_a_standing_post_is_not() {
    check(
        "Trước đó, chiều 12/9, Thường trực HĐND tỉnh Đắk Lắk đã họp, thống nhất nội dung kỳ họp. Dự có Phó Chủ tịch Thường trực HĐND tỉnh Nguyễn Văn An và Thường trực Ban Bí thư Trần Cẩm Tú. Đồng chí Lê Văn Bình, Phó Trưởng Ban Thường trực Ban Tổ chức Tỉnh ủy phát biểu. Thường vụ Quân ủy Trung ương đã họp.",
        expect![[r#"
            organization "Thường trực Hội đồng nhân dân tỉnh Đắk Lắk"
            organization "Hội đồng nhân dân tỉnh Đắk Lắk"
            meeting "Cuộc họp" date=--09-12 meeting_type=Cuộc họp
            person "Nguyễn Văn An"
            organization "Ban Bí thư Trung ương Đảng"
            person "Trần Cẩm Tú"
            person "Lê Văn Bình"
            organization "Ban Tổ chức Tỉnh ủy Đắk Lắk"
            organization "Tỉnh ủy Đắk Lắk"
            organization "Thường vụ Quân ủy Trung ương"
            organization "Quân ủy Trung ương"
            organized: Thường trực Hội đồng nhân dân tỉnh Đắk Lắk -> Cuộc họp
            attended: Nguyễn Văn An -> Cuộc họp
            holds_position: Nguyễn Văn An -> Hội đồng nhân dân tỉnh Đắk Lắk (Phó Chủ tịch Thường trực)
            attended: Trần Cẩm Tú -> Cuộc họp
            holds_position: Trần Cẩm Tú -> Ban Bí thư Trung ương Đảng (Thường trực)
            spoke_at: Lê Văn Bình -> Cuộc họp
            holds_position: Lê Văn Bình -> Ban Tổ chức Tỉnh ủy Đắk Lắk (Phó Trưởng Ban Thường trực)
        "#]],
    );
}

/// The aliases of the node named `name` that an article of `body` (after a
/// headline) gives.
fn aliases_of(body: &str, name: &str) -> Vec<String> {
    let article = Article {
        doc: "t.txt".into(),
        path: "t.txt".into(),
        text: format!("Tin bài\n\n{body}\n"),
        hash: String::new(),
    };
    crate::pipeline::process(&article, Lexicon::builtin())
        .extraction
        .entities
        .iter()
        .find(|e| e.node.name == name)
        .map(|e| e.node.aliases.clone())
        .unwrap_or_else(|| panic!("no node {name}"))
}

#[test]
fn aliases_keep_the_place_a_short_form_stands_for_and_no_document_text() {
    let body = "Sáng 5/9, HĐND tỉnh Tây Ninh tổ chức kỳ họp thứ 6. Trình bày tờ trình của Thường trực HĐND tỉnh, bà Đặng Thị Ngọc Mai cho biết kỳ họp đã thông qua Nghị quyết số 179/NQ-HĐND.";
    assert_eq!(
        aliases_of(body, "Thường trực Hội đồng nhân dân tỉnh Tây Ninh"),
        vec!["Thường trực HĐND tỉnh Tây Ninh".to_string()]
    );
    assert_eq!(
        aliases_of(body, "Hội đồng nhân dân tỉnh Tây Ninh"),
        vec!["HĐND tỉnh Tây Ninh".to_string()]
    );
}

#[test]
fn a_body_written_as_a_post_has_no_alias_of_that_post() {
    let aliases = aliases_of(
        "Sáng 5/9, Thủ tướng Phạm Minh Chính chủ trì phiên họp Chính phủ thường kỳ. Bộ trưởng Bộ Tài chính Nguyễn Văn Thắng báo cáo.",
        "Chính phủ",
    );
    assert!(!aliases.iter().any(|a| a == "Thủ tướng"), "{aliases:?}");
}

#[test]
fn the_congress_resolution_written_short_is_the_reported_congress() {
    check(
        "Sáng 18/12/2024, Đại hội đại biểu toàn quốc Hội Liên hiệp Thanh niên Việt Nam lần thứ IX bế mạc. Đại hội đã thảo luận, thông qua Báo cáo của Uỷ ban Trung ương Hội khoá VIII, Nghị quyết Đại hội và Điều lệ Hội Liên hiệp Thanh niên Việt Nam (sửa đổi, bổ sung).",
        expect![[r#"
            meeting "Đại hội đại biểu toàn quốc Hội Liên hiệp Thanh niên Việt Nam lần thứ IX" date=2024-12-18 meeting_type=Đại hội
            organization "Hội Liên hiệp Thanh niên Việt Nam"
            organization "Uỷ ban Trung ương Hội Liên hiệp Thanh niên Việt Nam"
            resolution "Nghị quyết Đại hội đại biểu toàn quốc Hội Liên hiệp Thanh niên Việt Nam lần thứ IX" doc_type=Nghị quyết
            resolution "Điều lệ Hội Liên hiệp Thanh niên Việt Nam (sửa đổi, bổ sung)" doc_type=Điều lệ
            discussed: Đại hội đại biểu toàn quốc Hội Liên hiệp Thanh niên Việt Nam lần thứ IX -> Nghị quyết Đại hội đại biểu toàn quốc Hội Liên hiệp Thanh niên Việt Nam lần thứ IX
            discussed: Đại hội đại biểu toàn quốc Hội Liên hiệp Thanh niên Việt Nam lần thứ IX -> Điều lệ Hội Liên hiệp Thanh niên Việt Nam (sửa đổi, bổ sung)
        "#]],
    );
    check(
        "Sáng 5/1, Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ hai. Hội nghị thông qua Chương trình hành động số 03-CTr/TU thực hiện Nghị quyết Đại hội.",
        expect![[r#"
            organization "Ban Chấp hành Đảng bộ"
            meeting "Hội nghị lần thứ hai" date=--01-05 meeting_type=Hội nghị
            resolution "Chương trình hành động số 03-CTr/TU" code=CTr/TU doc_type=Chương trình hành động number=03
            organized: Ban Chấp hành Đảng bộ -> Hội nghị lần thứ hai
            issued: Ban Chấp hành Đảng bộ -> Chương trình hành động số 03-CTr/TU
            discussed: Hội nghị lần thứ hai -> Chương trình hành động số 03-CTr/TU
        "#]],
    );
}

#[test]
fn head_words_inside_person_and_place_names_open_no_body() {
    check(
        "Tham dự có đồng chí Lê Trường Lưu, Chủ tịch HĐND tỉnh Quảng Trị. Hôm qua, tại phường Trường Vinh, Bộ đội Biên phòng tỉnh tổ chức hội nghị; đoàn đã thăm huyện đảo Trường Sa.",
        expect![[r#"
            person "Lê Trường Lưu"
            organization "Hội đồng nhân dân tỉnh Quảng Trị"
            organization "Bộ đội Biên phòng tỉnh Quảng Trị"
            meeting "Hội nghị" meeting_type=Hội nghị
            attended: Lê Trường Lưu -> Hội nghị
            holds_position: Lê Trường Lưu -> Hội đồng nhân dân tỉnh Quảng Trị (Chủ tịch)
            organized: Bộ đội Biên phòng tỉnh Quảng Trị -> Hội nghị
        "#]],
    );
}

#[test]
fn a_party_committee_code_names_the_articles_committee() {
    check(
        "Sáng 5/1, Đảng ủy Quân chủng Hải quân tổ chức hội nghị. Hội nghị quán triệt Nghị quyết số 1275-NQ/ĐU.",
        expect![[r#"
            meeting "Hội nghị" date=--01-05 meeting_type=Hội nghị
            organization "Đảng ủy Quân chủng Hải quân"
            resolution "Nghị quyết số 1275-NQ/ĐU" code=NQ/ĐU doc_type=Nghị quyết number=1275
            discussed: Hội nghị -> Nghị quyết số 1275-NQ/ĐU
            organized: Đảng ủy Quân chủng Hải quân -> Hội nghị
            issued: Đảng ủy Quân chủng Hải quân -> Nghị quyết số 1275-NQ/ĐU
        "#]],
    );
}

#[test]
fn a_document_of_a_post_holder_is_issued_by_the_holders_body() {
    check(
        "Hội nghị cũng triển khai Kế hoạch số 98/KH-TA của Chánh án TAND TP.HCM về công tác năm 2026, thực hiện Chỉ thị số 01/2025/CT-CA của Chánh án TAND tối cao.",
        expect![[r#"
            meeting "Hội nghị" meeting_type=Hội nghị
            resolution "Kế hoạch số 98/KH-TA" code=KH-TA doc_type=Kế hoạch number=98 title=công tác năm 2026
            organization "Tòa án nhân dân thành phố Hồ Chí Minh"
            resolution "Chỉ thị số 01/2025/CT-CA" code=2025/CT-CA doc_type=Chỉ thị number=01
            organization "Tòa án nhân dân tối cao"
            discussed: Hội nghị -> Kế hoạch số 98/KH-TA
            discussed: Hội nghị -> Chỉ thị số 01/2025/CT-CA
            implements: Kế hoạch số 98/KH-TA -> Chỉ thị số 01/2025/CT-CA
            issued: Tòa án nhân dân thành phố Hồ Chí Minh -> Kế hoạch số 98/KH-TA
            issued: Tòa án nhân dân tối cao -> Chỉ thị số 01/2025/CT-CA
        "#]],
    );
}

#[test]
fn the_body_a_document_belongs_to_ends_its_name_before_another_act() {
    check(
        "Hội nghị thông qua Chương trình công tác năm 2025 của Ban Chấp hành Hội Liên hiệp Phụ nữ tỉnh Bắc Ninh và thống nhất hiệp thương cử bà Nguyễn Thị Hoa.",
        expect![[r#"
            meeting "Hội nghị" meeting_type=Hội nghị
            resolution "Chương trình công tác năm 2025 của Ban Chấp hành Hội Liên hiệp Phụ nữ tỉnh Bắc Ninh" doc_type=Chương trình
            organization "Ban Chấp hành Hội Liên hiệp Phụ nữ tỉnh Bắc Ninh"
            organization "Hội Liên hiệp Phụ nữ tỉnh Bắc Ninh"
            person "Nguyễn Thị Hoa"
            discussed: Hội nghị -> Chương trình công tác năm 2025 của Ban Chấp hành Hội Liên hiệp Phụ nữ tỉnh Bắc Ninh
        "#]],
    );
}

#[test]
fn a_meeting_about_a_draft_discusses_it() {
    check(
        "Sáng 12/1/2024, Ngân hàng Chính sách xã hội tổ chức hội nghị tổng kết. Cùng ngày, chiều 12/1, Phó Thủ tướng Lê Minh Khái chủ trì cuộc họp với NHCSXH và các bộ, ngành về dự thảo Nghị định sửa đổi, bổ sung nghị định về tín dụng đối với người nghèo.",
        expect![[r#"
            organization "Ngân hàng Chính sách xã hội"
            meeting "Hội nghị tổng kết" date=2024-01-12 meeting_type=Hội nghị
            organization "Chính phủ"
            person "Lê Minh Khái"
            meeting "Cuộc họp với NHCSXH và các bộ" date=2024-01-12 meeting_type=Cuộc họp
            resolution "Nghị định sửa đổi, bổ sung nghị định về tín dụng đối với người nghèo" doc_type=Nghị định
            organized: Ngân hàng Chính sách xã hội -> Hội nghị tổng kết
            chaired: Lê Minh Khái -> Cuộc họp với NHCSXH và các bộ
            holds_position: Lê Minh Khái -> Chính phủ (Phó Thủ tướng)
            discussed: Cuộc họp với NHCSXH và các bộ -> Nghị định sửa đổi, bổ sung nghị định về tín dụng đối với người nghèo
        "#]],
    );
}

#[test]
fn the_type_word_right_after_a_second_meeting_is_that_meeting() {
    check(
        "Sáng 28/12, Công an tỉnh Quảng Ninh tổ chức Hội nghị tổng kết công tác năm 2022. Trước đó, chiều 23/12, Đảng ủy Công an tỉnh Quảng Ninh tổ chức Hội nghị Ban Chấp hành Đảng bộ mở rộng. Hội nghị do Đại tá Đinh Văn Nơi chủ trì.",
        expect![[r#"
            organization "Công an tỉnh Quảng Ninh"
            meeting "Hội nghị tổng kết công tác năm 2022" date=--12-28 meeting_type=Hội nghị
            organization "Đảng ủy Công an tỉnh Quảng Ninh"
            meeting "Hội nghị Ban Chấp hành Đảng bộ mở rộng" date=--12-23 meeting_type=Hội nghị
            person "Đinh Văn Nơi" rank=Đại tá
            organized: Công an tỉnh Quảng Ninh -> Hội nghị tổng kết công tác năm 2022
            organized: Đảng ủy Công an tỉnh Quảng Ninh -> Hội nghị Ban Chấp hành Đảng bộ mở rộng
            chaired: Đinh Văn Nơi -> Hội nghị Ban Chấp hành Đảng bộ mở rộng
        "#]],
    );
}

#[test]
fn the_sentence_right_after_a_second_meeting_is_about_it() {
    check(
        "Sáng 28/12, Bộ Tư lệnh Cảnh sát biển tổ chức Hội nghị quân chính năm 2024. Trước đó, chiều 19/12, Đảng ủy Cảnh sát biển đã tổ chức Hội nghị Ban Chấp hành Đảng bộ mở rộng. Trung tướng Lê Quang Đạo phát biểu, làm rõ nhiệm vụ trọng tâm.",
        expect![[r#"
            organization "Bộ Tư lệnh Cảnh sát biển Việt Nam"
            meeting "Hội nghị quân chính năm 2024" date=--12-28 meeting_type=Hội nghị
            organization "Đảng ủy Cảnh sát biển Việt Nam"
            meeting "Hội nghị Ban Chấp hành Đảng bộ mở rộng" date=--12-19 meeting_type=Hội nghị
            person "Lê Quang Đạo" rank=Trung tướng
            organized: Bộ Tư lệnh Cảnh sát biển Việt Nam -> Hội nghị quân chính năm 2024
            organized: Đảng ủy Cảnh sát biển Việt Nam -> Hội nghị Ban Chấp hành Đảng bộ mở rộng
            spoke_at: Lê Quang Đạo -> Hội nghị Ban Chấp hành Đảng bộ mở rộng
        "#]],
    );
}

#[test]
fn what_a_document_says_after_a_comma_is_no_part_of_its_name() {
    check(
        "Hội nghị đã thông qua Nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2025 của Đảng ủy Cảnh sát biển, xác định xây dựng lực lượng là khâu then chốt.",
        expect![[r#"
            meeting "Hội nghị" meeting_type=Hội nghị
            resolution "Nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2025 của Đảng ủy Cảnh sát biển" doc_type=Nghị quyết
            organization "Đảng ủy Cảnh sát biển Việt Nam"
            discussed: Hội nghị -> Nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2025 của Đảng ủy Cảnh sát biển
        "#]],
    );
}

#[test]
fn a_document_the_delegates_pass_is_the_meetings_subject() {
    check(
        "Sáng 5/11/2020, HĐND tỉnh Thái Bình tổ chức kỳ họp. Nghị quyết số 53/NQ-HĐND về điều chỉnh kế hoạch đầu tư công năm 2020 đã được các đại biểu thông qua.",
        expect![[r#"
            organization "Hội đồng nhân dân tỉnh Thái Bình"
            meeting "Kỳ họp" date=2020-11-05 meeting_type=Kỳ họp
            resolution "Nghị quyết số 53/NQ-HĐND" code=NQ-HĐND doc_type=Nghị quyết number=53 title=điều chỉnh kế hoạch đầu tư công năm 2020
            organized: Hội đồng nhân dân tỉnh Thái Bình -> Kỳ họp
            issued: Hội đồng nhân dân tỉnh Thái Bình -> Nghị quyết số 53/NQ-HĐND
            discussed: Kỳ họp -> Nghị quyết số 53/NQ-HĐND
        "#]],
    );
}

#[test]
fn a_steering_committees_head_named_by_the_shared_head_alone() {
    check(
        "Chiều 5/1, Ban Chỉ đạo sắp xếp đơn vị hành chính cấp xã và tổ chức chính quyền địa phương 2 cấp tỉnh Hà Tĩnh họp. Bí thư Tỉnh ủy Nguyễn Duy Lâm, Trưởng Ban Chỉ đạo chủ trì cuộc họp; ông Lê Văn An, Phó Trưởng Ban Chỉ đạo, phát biểu.",
        expect![[r#"
            organization "Ban Chỉ đạo sắp xếp đơn vị hành chính cấp xã và tổ chức chính quyền địa phương 2 cấp tỉnh Hà Tĩnh"
            meeting "Cuộc họp" date=--01-05 meeting_type=Cuộc họp
            organization "Tỉnh ủy Hà Tĩnh"
            person "Nguyễn Duy Lâm"
            person "Lê Văn An"
            organized: Ban Chỉ đạo sắp xếp đơn vị hành chính cấp xã và tổ chức chính quyền địa phương 2 cấp tỉnh Hà Tĩnh -> Cuộc họp
            chaired: Nguyễn Duy Lâm -> Cuộc họp
            holds_position: Nguyễn Duy Lâm -> Ban Chỉ đạo sắp xếp đơn vị hành chính cấp xã và tổ chức chính quyền địa phương 2 cấp tỉnh Hà Tĩnh (Trưởng Ban)
            holds_position: Nguyễn Duy Lâm -> Tỉnh ủy Hà Tĩnh (Bí thư)
            spoke_at: Lê Văn An -> Cuộc họp
            holds_position: Lê Văn An -> Ban Chỉ đạo sắp xếp đơn vị hành chính cấp xã và tổ chức chính quyền địa phương 2 cấp tỉnh Hà Tĩnh (Phó Trưởng Ban)
        "#]],
    );
}

#[test]
fn a_meeting_word_opening_a_purpose_clause_is_the_meeting_named_before_it() {
    check(
        "Sáng 10/1, VKSND tỉnh Tiền Giang tổ chức hội nghị tổng kết công tác năm 2023. Chiều cùng ngày, VKSND tỉnh tổ chức Hội nghị cán bộ, công chức năm 2024 do ông Lương Minh Trí chủ trì; bà Võ Thị Hồng Cúc trình bày dự thảo Quy chế chi tiêu nội bộ năm 2024 để hội nghị thảo luận, thông qua.",
        expect![[r#"
            organization "Viện Kiểm sát nhân dân tỉnh Tiền Giang"
            meeting "Hội nghị tổng kết công tác năm 2023" date=--01-10 meeting_type=Hội nghị
            meeting "Hội nghị cán bộ, công chức năm 2024" date=--01-10 meeting_type=Hội nghị
            person "Lương Minh Trí"
            person "Võ Thị Hồng Cúc"
            resolution "Quy chế chi tiêu nội bộ năm 2024" doc_type=Quy chế
            organized: Viện Kiểm sát nhân dân tỉnh Tiền Giang -> Hội nghị tổng kết công tác năm 2023
            organized: Viện Kiểm sát nhân dân tỉnh Tiền Giang -> Hội nghị cán bộ, công chức năm 2024
            discussed: Hội nghị cán bộ, công chức năm 2024 -> Quy chế chi tiêu nội bộ năm 2024
            chaired: Lương Minh Trí -> Hội nghị cán bộ, công chức năm 2024
            spoke_at: Võ Thị Hồng Cúc -> Hội nghị cán bộ, công chức năm 2024
        "#]],
    );
}

#[test]
fn posts_won_in_an_election_in_every_voice() {
    check(
        "Hội nghị bầu đồng chí Lê Thị Hồng Xuyến làm Chủ nhiệm Ủy ban Kiểm tra Tỉnh ủy Hà Tĩnh. Ông Nguyễn Đình Khải đã trúng cử chức vụ Phó Chủ tịch UBND thành phố Hải Phòng. Đồng chí Ma Thị Huyền tái đắc cử Chủ tịch Hội Nông dân tỉnh Thái Nguyên; đồng chí Hoàng Văn Quý và đồng chí Hà Thị Lệ Thủy được bầu làm Phó Chủ tịch.",
        expect![[r#"
            meeting "Hội nghị" meeting_type=Hội nghị
            person "Lê Thị Hồng Xuyến"
            organization "Ủy ban Kiểm tra Tỉnh ủy Hà Tĩnh"
            organization "Tỉnh ủy Hà Tĩnh"
            person "Nguyễn Đình Khải"
            organization "Ủy ban nhân dân thành phố Hải Phòng"
            person "Ma Thị Huyền"
            organization "Hội Nông dân tỉnh Thái Nguyên"
            person "Hoàng Văn Quý"
            person "Hà Thị Lệ Thủy"
            holds_position: Lê Thị Hồng Xuyến -> Ủy ban Kiểm tra Tỉnh ủy Hà Tĩnh (Chủ nhiệm)
            holds_position: Nguyễn Đình Khải -> Ủy ban nhân dân thành phố Hải Phòng (Phó Chủ tịch)
            holds_position: Ma Thị Huyền -> Hội Nông dân tỉnh Thái Nguyên (Chủ tịch)
            holds_position: Hoàng Văn Quý -> Hội Nông dân tỉnh Thái Nguyên (Phó Chủ tịch)
            holds_position: Hà Thị Lệ Thủy -> Hội Nông dân tỉnh Thái Nguyên (Phó Chủ tịch)
        "#]],
    );
}

#[test]
fn a_committees_numbered_sitting_is_held_by_the_committee_named_in_it() {
    check(
        "Sáng 5/7, Đại hội đại biểu Đảng bộ Bộ Tư lệnh Thủ đô Hà Nội lần thứ II khai mạc. Đồng chí Nguyễn Văn An, Bí thư Đảng ủy Bộ Tư lệnh phát biểu. Ngay sau đó, Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ Bộ Tư lệnh khóa II đã diễn ra. Chiều 6/7, Cuộc họp Ban Thường vụ Tỉnh ủy Hà Tĩnh cho ý kiến vào dự thảo đề án.",
        expect![[r#"
            meeting "Đại hội đại biểu Đảng bộ Bộ Tư lệnh Thủ đô Hà Nội lần thứ II" date=--07-05 meeting_type=Đại hội
            organization "Đảng bộ Bộ Tư lệnh Thủ đô Hà Nội"
            person "Nguyễn Văn An"
            organization "Đảng ủy Bộ Tư lệnh Thủ đô Hà Nội"
            meeting "Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ Bộ Tư lệnh khóa II" date=--07-05 meeting_type=Hội nghị
            organization "Ban Chấp hành Đảng bộ Bộ Tư lệnh Thủ đô Hà Nội"
            meeting "Cuộc họp Ban Thường vụ Tỉnh ủy Hà Tĩnh cho ý kiến" date=--07-06 meeting_type=Cuộc họp
            organization "Ban Thường vụ Tỉnh ủy Hà Tĩnh"
            organization "Tỉnh ủy Hà Tĩnh"
            spoke_at: Nguyễn Văn An -> Đại hội đại biểu Đảng bộ Bộ Tư lệnh Thủ đô Hà Nội lần thứ II
            holds_position: Nguyễn Văn An -> Đảng ủy Bộ Tư lệnh Thủ đô Hà Nội (Bí thư)
            organized: Ban Chấp hành Đảng bộ Bộ Tư lệnh Thủ đô Hà Nội -> Hội nghị lần thứ nhất Ban Chấp hành Đảng bộ Bộ Tư lệnh khóa II
            organized: Ban Thường vụ Tỉnh ủy Hà Tĩnh -> Cuộc họp Ban Thường vụ Tỉnh ủy Hà Tĩnh cho ý kiến
        "#]],
    );
}

#[test]
fn a_post_a_comma_and_an_honorific_before_the_name() {
    check(
        "Sáng 5/1, UBND tỉnh Nghệ An tổ chức hội nghị. Phó Chủ tịch UBND tỉnh, đồng chí Nguyễn Văn Đệ chủ trì hội nghị. Thừa ủy quyền của Giám đốc Sở Nội vụ, ông Lê Văn Hải công bố quyết định.",
        expect![[r#"
            organization "Ủy ban nhân dân tỉnh Nghệ An"
            meeting "Hội nghị" date=--01-05 meeting_type=Hội nghị
            person "Nguyễn Văn Đệ"
            organization "Sở Nội vụ tỉnh Nghệ An"
            person "Lê Văn Hải"
            organized: Ủy ban nhân dân tỉnh Nghệ An -> Hội nghị
            chaired: Nguyễn Văn Đệ -> Hội nghị
            holds_position: Nguyễn Văn Đệ -> Ủy ban nhân dân tỉnh Nghệ An (Phó Chủ tịch)
            spoke_at: Lê Văn Hải -> Hội nghị
        "#]],
    );
}

#[test]
fn every_name_of_a_colon_list_chairs_and_a_bodiless_deputy_serves_the_body_before() {
    check(
        "Sáng 5/1, Tỉnh ủy Nghệ An tổ chức hội nghị. Các đồng chí: Nguyễn Đức Trung, Bí thư Tỉnh ủy; Hoàng Nghĩa Hiếu, Phó Bí thư Thường trực Tỉnh ủy chủ trì hội nghị. Dự có Thiếu tướng Nguyễn Đức Hải, Giám đốc Công an tỉnh; đồng chí Lê Văn An, Phó Giám đốc.",
        expect![[r#"
            organization "Tỉnh ủy Nghệ An"
            meeting "Hội nghị" date=--01-05 meeting_type=Hội nghị
            person "Nguyễn Đức Trung"
            person "Hoàng Nghĩa Hiếu"
            person "Nguyễn Đức Hải" rank=Thiếu tướng
            organization "Công an tỉnh Nghệ An"
            person "Lê Văn An"
            organized: Tỉnh ủy Nghệ An -> Hội nghị
            chaired: Nguyễn Đức Trung -> Hội nghị
            holds_position: Nguyễn Đức Trung -> Tỉnh ủy Nghệ An (Bí thư)
            chaired: Hoàng Nghĩa Hiếu -> Hội nghị
            holds_position: Hoàng Nghĩa Hiếu -> Tỉnh ủy Nghệ An (Phó Bí thư Thường trực)
            attended: Nguyễn Đức Hải -> Hội nghị
            holds_position: Nguyễn Đức Hải -> Công an tỉnh Nghệ An (Giám đốc)
            attended: Lê Văn An -> Hội nghị
            holds_position: Lê Văn An -> Công an tỉnh Nghệ An (Phó Giám đốc)
        "#]],
    );
}

#[test]
fn a_paragraph_on_a_second_meeting_stays_on_it_and_a_body_passes_documents_at_a_session() {
    check(
        "Sáng 26/12, Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị tổ chức hội nghị tổng kết công tác năm 2024.\n\nTrước đó, ngày 25/12, Đảng ủy Bộ đội Biên phòng tỉnh đã họp hội nghị ra nghị quyết lãnh đạo năm 2025. Hội nghị do Đại tá Trần Ngọc Lâm chủ trì. Hội nghị đã thông qua Nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2025.\n\nSáng 5/10, HĐND tỉnh Lạng Sơn tổ chức kỳ họp thứ 41. Kết quả bầu được xác nhận bằng Nghị quyết số 210/NQ-HĐND và Nghị quyết số 211/NQ-HĐND do HĐND tỉnh thông qua ngay tại kỳ họp.",
        expect![[r#"
            organization "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị"
            meeting "Hội nghị tổng kết công tác năm 2024" date=--12-26 meeting_type=Hội nghị
            organization "Đảng ủy Bộ đội Biên phòng tỉnh Quảng Trị"
            meeting "Hội nghị ra nghị quyết lãnh đạo năm 2025" date=--12-25 meeting_type=Hội nghị
            person "Trần Ngọc Lâm" rank=Đại tá
            resolution "Nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2025" doc_type=Nghị quyết
            organization "Hội đồng nhân dân tỉnh Lạng Sơn"
            meeting "Kỳ họp thứ 41" date=--10-05 meeting_type=Kỳ họp
            resolution "Nghị quyết số 210/NQ-HĐND" code=NQ-HĐND doc_type=Nghị quyết number=210
            resolution "Nghị quyết số 211/NQ-HĐND" code=NQ-HĐND doc_type=Nghị quyết number=211
            organized: Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị -> Hội nghị tổng kết công tác năm 2024
            organized: Đảng ủy Bộ đội Biên phòng tỉnh Quảng Trị -> Hội nghị ra nghị quyết lãnh đạo năm 2025
            issued: Đảng ủy Bộ đội Biên phòng tỉnh Quảng Trị -> Nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2025
            discussed: Hội nghị ra nghị quyết lãnh đạo năm 2025 -> Nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2025
            chaired: Trần Ngọc Lâm -> Hội nghị ra nghị quyết lãnh đạo năm 2025
            organized: Hội đồng nhân dân tỉnh Lạng Sơn -> Kỳ họp thứ 41
            issued: Hội đồng nhân dân tỉnh Lạng Sơn -> Nghị quyết số 210/NQ-HĐND
            issued: Hội đồng nhân dân tỉnh Lạng Sơn -> Nghị quyết số 211/NQ-HĐND
            discussed: Kỳ họp thứ 41 -> Nghị quyết số 210/NQ-HĐND
            discussed: Kỳ họp thứ 41 -> Nghị quyết số 211/NQ-HĐND
        "#]],
    );
}

#[test]
fn counted_documents_of_the_sentence_before_implement_and_thi_hanh_as_a_purpose() {
    check(
        "Sáng 5/10, HĐND thành phố Hải Phòng tổ chức kỳ họp. Kỳ họp thông qua Nghị quyết số 71/NQ-HĐND về điều chỉnh kế hoạch đầu tư công và Nghị quyết số 72/NQ-HĐND về chủ trương đầu tư dự án đường ven biển. Hai nghị quyết được ban hành để thực hiện Nghị quyết số 45-NQ/TW của Bộ Chính trị và cụ thể hóa Nghị quyết số 35/2021/QH15 của Quốc hội. Nghị quyết số 81/2025/UBTVQH15 được ban hành để thi hành Luật Tổ chức Tòa án nhân dân. Hội nghị đánh giá một năm thi hành Luật Biên phòng Việt Nam.",
        expect![[r#"
            organization "Hội đồng nhân dân thành phố Hải Phòng"
            meeting "Kỳ họp" date=--10-05 meeting_type=Kỳ họp
            resolution "Nghị quyết số 71/NQ-HĐND" code=NQ-HĐND doc_type=Nghị quyết number=71 title=điều chỉnh kế hoạch đầu tư công
            resolution "Nghị quyết số 72/NQ-HĐND" code=NQ-HĐND doc_type=Nghị quyết number=72 title=chủ trương đầu tư dự án đường ven biển
            resolution "Nghị quyết số 45-NQ/TW" code=NQ/TW doc_type=Nghị quyết number=45
            organization "Bộ Chính trị"
            resolution "Nghị quyết số 35/2021/QH15" code=2021/QH15 doc_type=Nghị quyết number=35
            organization "Quốc hội"
            resolution "Nghị quyết số 81/2025/UBTVQH15" code=2025/UBTVQH15 doc_type=Nghị quyết number=81
            resolution "Luật Tổ chức Tòa án nhân dân" doc_type=Luật
            resolution "Luật Biên phòng Việt Nam" doc_type=Luật
            organized: Hội đồng nhân dân thành phố Hải Phòng -> Kỳ họp
            issued: Hội đồng nhân dân thành phố Hải Phòng -> Nghị quyết số 71/NQ-HĐND
            issued: Hội đồng nhân dân thành phố Hải Phòng -> Nghị quyết số 72/NQ-HĐND
            discussed: Kỳ họp -> Nghị quyết số 71/NQ-HĐND
            discussed: Kỳ họp -> Nghị quyết số 72/NQ-HĐND
            discussed: Kỳ họp -> Luật Biên phòng Việt Nam
            implements: Nghị quyết số 71/NQ-HĐND -> Nghị quyết số 45-NQ/TW
            implements: Nghị quyết số 71/NQ-HĐND -> Nghị quyết số 35/2021/QH15
            implements: Nghị quyết số 72/NQ-HĐND -> Nghị quyết số 45-NQ/TW
            implements: Nghị quyết số 72/NQ-HĐND -> Nghị quyết số 35/2021/QH15
            issued: Bộ Chính trị -> Nghị quyết số 45-NQ/TW
            issued: Quốc hội -> Nghị quyết số 35/2021/QH15
            implements: Nghị quyết số 81/2025/UBTVQH15 -> Luật Tổ chức Tòa án nhân dân
        "#]],
    );
}

#[test]
fn a_speech_closing_a_chain_of_acts_and_a_statement_reported_as_someones() {
    check(
        "Sáng 5/1, Văn phòng Trung ương Đảng tổ chức hội nghị. Thay mặt Bộ Chính trị, đồng chí Trần Cẩm Tú trao quyết định, tặng hoa chúc mừng và phát biểu giao nhiệm vụ. Theo ông Nguyễn Mạnh Hà, năm qua Văn phòng đã hoàn thành nhiều nhiệm vụ. Theo Quyết định số 12/QĐ-UBND, ông Lê Văn An giữ chức Giám đốc Sở Nội vụ tỉnh Quảng Trị.",
        expect![[r#"
            organization "Văn phòng Trung ương Đảng"
            meeting "Hội nghị" date=--01-05 meeting_type=Hội nghị
            organization "Bộ Chính trị"
            person "Trần Cẩm Tú"
            person "Nguyễn Mạnh Hà"
            resolution "Quyết định số 12/QĐ-UBND" code=QĐ-UBND doc_type=Quyết định number=12
            person "Lê Văn An"
            organization "Sở Nội vụ tỉnh Quảng Trị"
            organized: Văn phòng Trung ương Đảng -> Hội nghị
            spoke_at: Trần Cẩm Tú -> Hội nghị
            spoke_at: Nguyễn Mạnh Hà -> Hội nghị
            holds_position: Lê Văn An -> Sở Nội vụ tỉnh Quảng Trị (Giám đốc)
        "#]],
    );
}

#[test]
fn a_party_committees_department_names_the_committee_and_names_end_before_local_bodies_and_roles() {
    check(
        "Dự có đồng chí Nguyễn Quang Trường, Phó Bí thư Đảng ủy, Chủ nhiệm Ủy ban Kiểm tra Đảng ủy các cơ quan Đảng Trung ương. Quy chế phối hợp giữa Bộ Chỉ huy Bộ đội Biên phòng tỉnh và UBND tỉnh Quảng Trị được ký kết. Ban Thường vụ Đảng ủy Khối, bí thư các đảng ủy trực thuộc dự hội nghị.",
        expect![[r#"
            person "Nguyễn Quang Trường"
            organization "Ủy ban Kiểm tra Đảng ủy các cơ quan Đảng Trung ương"
            organization "Đảng ủy các cơ quan Đảng Trung ương"
            resolution "Quy chế phối hợp giữa Bộ Chỉ huy Bộ đội Biên phòng tỉnh và UBND tỉnh Quảng Trị" doc_type=Quy chế
            organization "Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị"
            organization "Ủy ban nhân dân tỉnh Quảng Trị"
            organization "Ban Thường vụ Đảng ủy Khối"
            meeting "Hội nghị" meeting_type=Hội nghị
            attended: Nguyễn Quang Trường -> Hội nghị
            holds_position: Nguyễn Quang Trường -> Ủy ban Kiểm tra Đảng ủy các cơ quan Đảng Trung ương (Chủ nhiệm)
            holds_position: Nguyễn Quang Trường -> Đảng ủy các cơ quan Đảng Trung ương (Phó Bí thư)
            issued: Bộ Chỉ huy Bộ đội Biên phòng tỉnh Quảng Trị -> Quy chế phối hợp giữa Bộ Chỉ huy Bộ đội Biên phòng tỉnh và UBND tỉnh Quảng Trị
            issued: Ủy ban nhân dân tỉnh Quảng Trị -> Quy chế phối hợp giữa Bộ Chỉ huy Bộ đội Biên phòng tỉnh và UBND tỉnh Quảng Trị
        "#]],
    );
}

#[test]
fn a_sitting_dated_a_day_before_and_the_cadres_committee_written_alone() {
    check(
        "Sáng 20/12, Bộ Công Thương tổ chức hội nghị tổng kết. Một ngày trước đó (19/12), Ban cán sự đảng Bộ Công Thương đã họp dưới sự chủ trì của Bộ trưởng Nguyễn Hồng Diên – Bí thư Ban cán sự đảng để cho ý kiến vào dự thảo Chương trình công tác năm 2024 của Bộ.",
        expect![[r#"
            organization "Bộ Công Thương"
            meeting "Hội nghị tổng kết" date=--12-20 meeting_type=Hội nghị
            organization "Ban cán sự đảng Bộ Công Thương"
            meeting "Cuộc họp" date=--12-19 meeting_type=Cuộc họp
            person "Nguyễn Hồng Diên"
            resolution "Chương trình công tác năm 2024 của Bộ" doc_type=Chương trình
            organized: Bộ Công Thương -> Hội nghị tổng kết
            organized: Ban cán sự đảng Bộ Công Thương -> Cuộc họp
            discussed: Cuộc họp -> Chương trình công tác năm 2024 của Bộ
            chaired: Nguyễn Hồng Diên -> Cuộc họp
            holds_position: Nguyễn Hồng Diên -> Bộ Công Thương (Bộ trưởng)
            holds_position: Nguyễn Hồng Diên -> Ban cán sự đảng Bộ Công Thương (Bí thư)
        "#]],
    );
}

#[test]
fn a_meetings_name_ends_before_another_meeting_joined_by_va() {
    check(
        "Ngày 15/9, Đảng ủy các cơ quan Đảng Trung ương tổ chức Hội nghị Ban Thường vụ Đảng ủy (buổi sáng) và Hội nghị Ban Chấp hành Đảng bộ phiên tháng 9/2025 (buổi chiều).",
        expect![[r#"
            organization "Đảng ủy các cơ quan Đảng Trung ương"
            meeting "Hội nghị Ban Thường vụ Đảng ủy (buổi sáng)" date=--09-15 meeting_type=Hội nghị
            meeting "Hội nghị Ban Chấp hành Đảng bộ phiên tháng 9/2025 (buổi chiều)" date=--09-15 meeting_type=Hội nghị
            organized: Đảng ủy các cơ quan Đảng Trung ương -> Hội nghị Ban Thường vụ Đảng ủy (buổi sáng)
            organized: Đảng ủy các cơ quan Đảng Trung ương -> Hội nghị Ban Chấp hành Đảng bộ phiên tháng 9/2025 (buổi chiều)
        "#]],
    );
}

#[test]
fn the_law_a_later_sentence_says_will_replace_another_is_the_draft_named_before() {
    check(
        "Chiều 27/9, Ủy ban Kinh tế thẩm tra dự án Luật Nhà ở (sửa đổi). Khi được thông qua, luật sẽ thay thế Luật Nhà ở số 65/2014/QH13.",
        expect![[r#"
            organization "Ủy ban Kinh tế"
            resolution "Luật Nhà ở (sửa đổi)" doc_type=Luật
            resolution "Luật Nhà ở số 65/2014/QH13" code=2014/QH13 doc_type=Luật number=65
            supersedes: Luật Nhà ở (sửa đổi) -> Luật Nhà ở số 65/2014/QH13
        "#]],
    );
}

#[test]
fn plural_post_of_a_bare_association_over_a_list() {
    check(
        "Hội Cựu chiến binh Việt Nam tổ chức Hội nghị Ban Chấp hành. Cùng chủ trì có các Phó Chủ tịch Hội: Lê Văn An (Phó Chủ tịch Thường trực), Hà Minh Châu, Trương Văn Dũng.",
        expect![[r#"
            organization "Hội Cựu chiến binh Việt Nam"
            meeting "Hội nghị Ban Chấp hành" meeting_type=Hội nghị
            person "Lê Văn An"
            person "Hà Minh Châu"
            person "Trương Văn Dũng"
            organized: Hội Cựu chiến binh Việt Nam -> Hội nghị Ban Chấp hành
            chaired: Lê Văn An -> Hội nghị Ban Chấp hành
            holds_position: Lê Văn An -> Hội Cựu chiến binh Việt Nam (Phó Chủ tịch Thường trực)
            chaired: Hà Minh Châu -> Hội nghị Ban Chấp hành
            holds_position: Hà Minh Châu -> Hội Cựu chiến binh Việt Nam (Phó Chủ tịch)
            chaired: Trương Văn Dũng -> Hội nghị Ban Chấp hành
            holds_position: Trương Văn Dũng -> Hội Cựu chiến binh Việt Nam (Phó Chủ tịch)
        "#]],
    );
}

#[test]
fn plural_post_before_names_without_a_colon() {
    check(
        "Ban Kinh tế Trung ương tổ chức hội thảo. Dự có các Phó Trưởng ban Triệu Văn Bình, Phan Quốc Hùng.",
        expect![[r#"
            organization "Ban Kinh tế Trung ương"
            meeting "Hội thảo" meeting_type=Hội thảo
            person "Triệu Văn Bình"
            person "Phan Quốc Hùng"
            organized: Ban Kinh tế Trung ương -> Hội thảo
            attended: Triệu Văn Bình -> Hội thảo
            holds_position: Triệu Văn Bình -> Ban Kinh tế Trung ương (Phó Trưởng Ban)
            attended: Phan Quốc Hùng -> Hội thảo
            holds_position: Phan Quốc Hùng -> Ban Kinh tế Trung ương (Phó Trưởng Ban)
        "#]],
    );
}

#[test]
fn a_congress_presidium_chairs_it() {
    check(
        "Sáng 12/8/2025, Đảng bộ xã Tân Phú khai mạc Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030. Đoàn Chủ tịch đại hội gồm các đồng chí: Lò Văn Sáng, Bí thư Đảng ủy xã; Hoàng Thị Lan, Phó Bí thư Đảng ủy, Chủ tịch UBND xã.",
        expect![[r#"
            organization "Đảng bộ xã Tân Phú"
            meeting "Đại hội đại biểu lần thứ I" date=2025-08-12 meeting_type=Đại hội
            person "Lò Văn Sáng"
            organization "Đảng ủy xã Tân Phú"
            person "Hoàng Thị Lan"
            organization "Ủy ban nhân dân xã Tân Phú"
            chaired: Lò Văn Sáng -> Đại hội đại biểu lần thứ I
            holds_position: Lò Văn Sáng -> Đảng ủy xã Tân Phú (Bí thư)
            chaired: Hoàng Thị Lan -> Đại hội đại biểu lần thứ I
            holds_position: Hoàng Thị Lan -> Đảng ủy xã Tân Phú (Phó Bí thư)
            holds_position: Hoàng Thị Lan -> Ủy ban nhân dân xã Tân Phú (Chủ tịch)
        "#]],
    );
}

#[test]
fn a_presidium_body_is_no_list_of_chairs() {
    check(
        "Đoàn Chủ tịch Ủy ban Trung ương MTTQ Việt Nam gồm 25 thành viên, trong đó có đồng chí Lê Văn An, Phó Chủ tịch.",
        expect![[r#"
            organization "Đoàn Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
            organization "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
            person "Lê Văn An"
        "#]],
    );
}

#[test]
fn a_body_holds_the_meeting_it_meets_in_past_a_place_in_parentheses() {
    check(
        "Ngày 27/5/2024, Ban Thường vụ Thành ủy Hòa Bình (tỉnh Hòa Bình) họp phiên thường kỳ tháng 5.",
        expect![[r#"
            organization "Ban Thường vụ Thành ủy Hòa Bình"
            organization "Thành ủy Hòa Bình"
            meeting "Phiên họp thường kỳ tháng 5" date=2024-05-27 meeting_type=Phiên họp
            organized: Ban Thường vụ Thành ủy Hòa Bình -> Phiên họp thường kỳ tháng 5
        "#]],
    );
}

#[test]
fn a_district_named_by_its_party_committee_completes_its_bare_bodies() {
    check(
        "Huyện ủy Thuận Châu tổ chức hội nghị. Đồng chí Lò Văn Thanh, Bí thư Huyện ủy chủ trì. Đồng chí Quàng Văn Hặc, Phó Bí thư Huyện ủy, Chủ tịch UBND huyện phát biểu. Bí thư Huyện ủy Lò Văn Thanh kết luận.",
        expect![[r#"
            organization "Huyện ủy Thuận Châu"
            meeting "Hội nghị" meeting_type=Hội nghị
            person "Lò Văn Thanh"
            person "Quàng Văn Hặc"
            organization "Ủy ban nhân dân huyện Thuận Châu"
            organized: Huyện ủy Thuận Châu -> Hội nghị
            chaired: Lò Văn Thanh -> Hội nghị
            spoke_at: Lò Văn Thanh -> Hội nghị
            holds_position: Lò Văn Thanh -> Huyện ủy Thuận Châu (Bí thư)
            spoke_at: Quàng Văn Hặc -> Hội nghị
            holds_position: Quàng Văn Hặc -> Huyện ủy Thuận Châu (Phó Bí thư)
            holds_position: Quàng Văn Hặc -> Ủy ban nhân dân huyện Thuận Châu (Chủ tịch)
        "#]],
    );
}

#[test]
fn a_type_word_opening_a_sentence_before_its_verb_refers_back() {
    check(
        "Ủy ban Kiểm tra Tỉnh ủy thông qua Chương trình số 05-CTr/UBKTTU về kiểm tra, giám sát năm 2024. Chương trình cụ thể hoá Quy định số 22-QĐ/TW của Ban Chấp hành Trung ương.",
        expect![[r#"
            organization "Ủy ban Kiểm tra Tỉnh ủy"
            organization "Tỉnh ủy"
            resolution "Chương trình số 05-CTr/UBKTTU" code=CTr/UBKTTU doc_type=Chương trình number=05 title=kiểm tra, giám sát năm 2024
            resolution "Quy định số 22-QĐ/TW" code=QĐ/TW doc_type=Quy định number=22
            organization "Ban Chấp hành Trung ương Đảng"
            issued: Ủy ban Kiểm tra Tỉnh ủy -> Chương trình số 05-CTr/UBKTTU
            implements: Chương trình số 05-CTr/UBKTTU -> Quy định số 22-QĐ/TW
            issued: Ban Chấp hành Trung ương Đảng -> Quy định số 22-QĐ/TW
        "#]],
    );
}

#[test]
fn a_bodys_name_ends_before_what_it_does() {
    check(
        "Trường Sĩ quan Chính trị phối hợp với Học viện Chính trị tổ chức hội thảo. Binh chủng Đặc công long trọng kỷ niệm 58 năm Ngày truyền thống.",
        expect![[r#"
            organization "Trường Sĩ quan Chính trị"
            organization "Học viện Chính trị"
            meeting "Hội thảo" meeting_type=Hội thảo
            organization "Binh chủng Đặc công"
            organized: Trường Sĩ quan Chính trị -> Hội thảo
            organized: Học viện Chính trị -> Hội thảo
        "#]],
    );
}

#[test]
fn cac_goes_on_a_name_before_what_the_body_deals_with() {
    check(
        "Tại hội nghị, TS Đặng Thị Mai Hoa, Viện trưởng Viện Hóa học các hợp chất thiên nhiên tham luận. Công an các tỉnh dự hội nghị. Thiếu tướng Đào Xuân Trường đọc Mệnh lệnh huấn luyện.",
        expect![[r#"
            meeting "Hội nghị" meeting_type=Hội nghị
            person "Đặng Thị Mai Hoa"
            organization "Viện Hóa học các hợp chất thiên nhiên"
            person "Đào Xuân Trường" rank=Thiếu tướng
            spoke_at: Đặng Thị Mai Hoa -> Hội nghị
            holds_position: Đặng Thị Mai Hoa -> Viện Hóa học các hợp chất thiên nhiên (Viện trưởng)
            spoke_at: Đào Xuân Trường -> Hội nghị
        "#]],
    );
}

#[test]
fn the_post_of_whoever_authorised_a_reader_is_not_his_and_what_he_reads_is_taken_up() {
    check(
        "Sáng 5/11/2025, Thanh tra Chính phủ tổ chức Lễ công bố quyết định bổ nhiệm. Thừa ủy quyền của Thủ tướng, Thứ trưởng Bộ Nội vụ Vũ Chiến Thắng đọc Quyết định số 2435/QĐ-TTg của Thủ tướng Chính phủ.",
        expect![[r#"
            organization "Thanh tra Chính phủ"
            meeting "Lễ công bố quyết định bổ nhiệm" date=2025-11-05 meeting_type=Lễ
            organization "Bộ Nội vụ"
            person "Vũ Chiến Thắng"
            resolution "Quyết định số 2435/QĐ-TTg" code=QĐ-TTg doc_type=Quyết định number=2435
            organization "Chính phủ"
            organized: Thanh tra Chính phủ -> Lễ công bố quyết định bổ nhiệm
            discussed: Lễ công bố quyết định bổ nhiệm -> Quyết định số 2435/QĐ-TTg
            spoke_at: Vũ Chiến Thắng -> Lễ công bố quyết định bổ nhiệm
            holds_position: Vũ Chiến Thắng -> Bộ Nội vụ (Thứ trưởng)
            issued: Chính phủ -> Quyết định số 2435/QĐ-TTg
        "#]],
    );
}

#[test]
fn a_numbered_congress_name_ends_before_a_verb_after_va() {
    check(
        "Đại hội đã bầu đoàn đại biểu đi dự Đại hội Công đoàn Việt Nam lần thứ XIII và thông qua Nghị quyết Đại hội.",
        expect![[r#"
            meeting "Đại hội Công đoàn Việt Nam lần thứ XIII" meeting_type=Đại hội
            resolution "Nghị quyết Đại hội Công đoàn Việt Nam lần thứ XIII" doc_type=Nghị quyết
            discussed: Đại hội Công đoàn Việt Nam lần thứ XIII -> Nghị quyết Đại hội Công đoàn Việt Nam lần thứ XIII
        "#]],
    );
}

#[test]
fn a_meeting_that_issues_a_document_adopts_it_for_its_holder() {
    check(
        "Ngày 3/3/2025, Đảng ủy Binh chủng Đặc công tổ chức Hội nghị Ban Chấp hành Đảng bộ lần thứ 12. Hội nghị thống nhất ban hành Nghị quyết số 168-NQ/ĐU về lãnh đạo chuẩn bị đại hội.",
        expect![[r#"
            meeting "Hội nghị Ban Chấp hành Đảng bộ lần thứ 12" date=2025-03-03 meeting_type=Hội nghị
            organization "Đảng ủy Binh chủng Đặc công"
            resolution "Nghị quyết số 168-NQ/ĐU" code=NQ/ĐU doc_type=Nghị quyết number=168 title=lãnh đạo chuẩn bị đại hội
            discussed: Hội nghị Ban Chấp hành Đảng bộ lần thứ 12 -> Nghị quyết số 168-NQ/ĐU
            organized: Đảng ủy Binh chủng Đặc công -> Hội nghị Ban Chấp hành Đảng bộ lần thứ 12
            issued: Đảng ủy Binh chủng Đặc công -> Nghị quyết số 168-NQ/ĐU
        "#]],
    );
}

#[test]
fn a_meeting_word_ending_a_name_is_a_syllable_of_it() {
    check(
        "Tham dự có các đồng chí: Lâm Quang Vinh – Giám đốc Sở Nội vụ; Đại tá Phan Hữu Lễ – Phó Giám đốc Công an tỉnh Bình Phước. Đại tá Phan Hữu Lễ cho biết lực lượng đã sẵn sàng.",
        expect![[r#"
            person "Lâm Quang Vinh"
            organization "Sở Nội vụ tỉnh Bình Phước"
            person "Phan Hữu Lễ" rank=Đại tá
            organization "Công an tỉnh Bình Phước"
            holds_position: Lâm Quang Vinh -> Sở Nội vụ tỉnh Bình Phước (Giám đốc)
            holds_position: Phan Hữu Lễ -> Công an tỉnh Bình Phước (Phó Giám đốc)
        "#]],
    );
}

#[test]
fn a_standing_deputy_without_a_body_and_heads_of_faculties_and_unions() {
    check(
        "Đoàn Chủ tịch đại hội gồm các đồng chí: Thạch Thị Sa Rên – Chủ tịch Hội Chữ thập đỏ tỉnh Sóc Trăng; Lý Văn Hoàng – Phó Chủ tịch Thường trực. Võ Minh Nhựt, Trưởng khoa Xây dựng Đảng, phát biểu. Đồng chí Cao Xuân Thành, Phó Chủ tịch Liên minh HTX Việt Nam dự.",
        expect![[r#"
            meeting "Đại hội" meeting_type=Đại hội
            person "Thạch Thị Sa Rên"
            organization "Hội Chữ thập đỏ tỉnh Sóc Trăng"
            person "Lý Văn Hoàng"
            person "Võ Minh Nhựt"
            organization "Khoa Xây dựng Đảng"
            person "Cao Xuân Thành"
            organization "Liên minh Hợp tác xã Việt Nam"
            chaired: Thạch Thị Sa Rên -> Đại hội
            holds_position: Thạch Thị Sa Rên -> Hội Chữ thập đỏ tỉnh Sóc Trăng (Chủ tịch)
            chaired: Lý Văn Hoàng -> Đại hội
            holds_position: Lý Văn Hoàng -> Hội Chữ thập đỏ tỉnh Sóc Trăng (Phó Chủ tịch Thường trực)
            spoke_at: Võ Minh Nhựt -> Đại hội
            holds_position: Võ Minh Nhựt -> Khoa Xây dựng Đảng (Trưởng khoa)
            attended: Cao Xuân Thành -> Đại hội
            holds_position: Cao Xuân Thành -> Liên minh Hợp tác xã Việt Nam (Phó Chủ tịch)
        "#]],
    );
}

#[test]
fn the_standing_deputy_inspector_general_and_a_committees_abbreviation() {
    check(
        "Thủ tướng bổ nhiệm ông Nguyễn Quốc Đoàn giữ chức Phó Tổng Thanh tra Thường trực. Chủ nhiệm Ủy ban KHCN&MT Lê Quang Huy chủ trì phiên họp.",
        expect![[r#"
            person "Nguyễn Quốc Đoàn"
            organization "Thanh tra Chính phủ"
            organization "Ủy ban Khoa học, Công nghệ và Môi trường"
            person "Lê Quang Huy"
            meeting "Phiên họp" meeting_type=Phiên họp
            holds_position: Nguyễn Quốc Đoàn -> Thanh tra Chính phủ (Phó Tổng Thanh tra Thường trực)
            chaired: Lê Quang Huy -> Phiên họp
            holds_position: Lê Quang Huy -> Ủy ban Khoa học, Công nghệ và Môi trường (Chủ nhiệm)
        "#]],
    );
}

#[test]
fn departments_named_in_full() {
    check(
        "Bà Phạm Thu Trang, Phó Cục trưởng Cục Lưu trữ Văn phòng Trung ương Đảng phát biểu. Bà Lương Thị Thu Hà, Cục trưởng Cục Quản lý thi hành án dân sự báo cáo. Ông Trần Quang Huy, Vụ trưởng Vụ Theo dõi, xử lý các vụ án, vụ việc phát biểu.",
        expect![[r#"
            person "Phạm Thu Trang"
            organization "Cục Lưu trữ Văn phòng Trung ương Đảng"
            person "Lương Thị Thu Hà"
            organization "Cục Quản lý thi hành án dân sự"
            person "Trần Quang Huy"
            organization "Vụ Theo dõi, xử lý các vụ án, vụ việc"
            holds_position: Phạm Thu Trang -> Cục Lưu trữ Văn phòng Trung ương Đảng (Phó Cục trưởng)
            holds_position: Lương Thị Thu Hà -> Cục Quản lý thi hành án dân sự (Cục trưởng)
            holds_position: Trần Quang Huy -> Vụ Theo dõi, xử lý các vụ án, vụ việc (Vụ trưởng)
        "#]],
    );
}

#[test]
fn a_short_form_opening_one_longer_name_is_that_body() {
    check(
        "Đảng ủy Khối các cơ quan Trung ương tổ chức hội nghị. Các đồng chí: Huỳnh Tấn Việt – Bí thư Đảng ủy Khối các cơ quan Trung ương; Lại Xuân Lâm – Phó Bí thư Đảng ủy Khối đồng chủ trì hội nghị. Đảng ủy Bộ đội Biên phòng tỉnh Lạng Sơn và Đảng ủy Bộ đội Biên phòng dự.",
        expect![[r#"
            organization "Đảng ủy Khối các cơ quan Trung ương"
            meeting "Hội nghị" meeting_type=Hội nghị
            person "Huỳnh Tấn Việt"
            person "Lại Xuân Lâm"
            organization "Đảng ủy Bộ đội Biên phòng tỉnh Lạng Sơn"
            organization "Đảng ủy Bộ đội Biên phòng"
            organized: Đảng ủy Khối các cơ quan Trung ương -> Hội nghị
            chaired: Huỳnh Tấn Việt -> Hội nghị
            holds_position: Huỳnh Tấn Việt -> Đảng ủy Khối các cơ quan Trung ương (Bí thư)
            chaired: Lại Xuân Lâm -> Hội nghị
            holds_position: Lại Xuân Lâm -> Đảng ủy Khối các cơ quan Trung ương (Phó Bí thư)
        "#]],
    );
}

#[test]
fn a_meeting_opening_its_sentence_does_each_verb_joined_to_the_first() {
    check(
        "Ngày 20/5, Đảng bộ Công an tỉnh Điện Biên tổ chức Đại hội đại biểu lần thứ IX. Đại hội đã bầu Ban Chấp hành gồm 15 đồng chí, bầu đoàn đại biểu đi dự Đại hội Đảng bộ Công an Trung ương và thông qua Nghị quyết Đại hội.",
        expect![[r#"
            organization "Đảng bộ Công an tỉnh Điện Biên"
            meeting "Đại hội đại biểu lần thứ IX" date=--05-20 meeting_type=Đại hội
            organization "Đảng bộ Công an Trung ương"
            resolution "Nghị quyết Đại hội đại biểu lần thứ IX" doc_type=Nghị quyết
            organized: Đảng bộ Công an tỉnh Điện Biên -> Đại hội đại biểu lần thứ IX
            issued: Đảng bộ Công an tỉnh Điện Biên -> Nghị quyết Đại hội đại biểu lần thứ IX
            discussed: Đại hội đại biểu lần thứ IX -> Nghị quyết Đại hội đại biểu lần thứ IX
        "#]],
    );
}

#[test]
fn the_next_sentences_may_name_the_documents_a_meeting_passed_by_count() {
    check(
        "Sáng 12/9, HĐND tỉnh Nam Định tổ chức Kỳ họp thứ 24. Kỳ họp đã biểu quyết thông qua 8 nghị quyết. Trong đó, Nghị quyết số 25/2024/NQ-HĐND quy định mức hỗ trợ, thay thế Nghị quyết số 12/2020/NQ-HĐND. Nghị quyết số 26/2024/NQ-HĐND quy định định mức chi.\n\nNghị quyết số 27/2024/NQ-HĐND được ban hành năm trước.",
        expect![[r#"
            organization "Hội đồng nhân dân tỉnh Nam Định"
            meeting "Kỳ họp thứ 24" date=--09-12 meeting_type=Kỳ họp
            resolution "Nghị quyết số 25/2024/NQ-HĐND" code=2024/NQ-HĐND doc_type=Nghị quyết number=25
            resolution "Nghị quyết số 12/2020/NQ-HĐND" code=2020/NQ-HĐND doc_type=Nghị quyết number=12
            resolution "Nghị quyết số 26/2024/NQ-HĐND" code=2024/NQ-HĐND doc_type=Nghị quyết number=26
            resolution "Nghị quyết số 27/2024/NQ-HĐND" code=2024/NQ-HĐND doc_type=Nghị quyết number=27
            organized: Hội đồng nhân dân tỉnh Nam Định -> Kỳ họp thứ 24
            issued: Hội đồng nhân dân tỉnh Nam Định -> Nghị quyết số 25/2024/NQ-HĐND
            issued: Hội đồng nhân dân tỉnh Nam Định -> Nghị quyết số 12/2020/NQ-HĐND
            issued: Hội đồng nhân dân tỉnh Nam Định -> Nghị quyết số 26/2024/NQ-HĐND
            issued: Hội đồng nhân dân tỉnh Nam Định -> Nghị quyết số 27/2024/NQ-HĐND
            discussed: Kỳ họp thứ 24 -> Nghị quyết số 25/2024/NQ-HĐND
            discussed: Kỳ họp thứ 24 -> Nghị quyết số 26/2024/NQ-HĐND
            supersedes: Nghị quyết số 25/2024/NQ-HĐND -> Nghị quyết số 12/2020/NQ-HĐND
        "#]],
    );
}

#[test]
fn family_names_that_are_place_words_border_gates_and_comma_phrases() {
    check(
        "Chủ tịch UBND huyện Chợ Mới Châu Văn Phước báo cáo. Tổng Giám đốc Tập đoàn Lâm Quốc Trung ký kế hoạch. Thiếu tá Phan Đức Lượng, Đồn trưởng Đồn Biên phòng cửa khẩu quốc tế Ma Lù Thàng phát biểu. Ông Lương Hữu Toàn, Cục trưởng Cục Quản lý đê điều và Phòng, chống thiên tai dự.",
        expect![[r#"
            organization "Ủy ban nhân dân huyện Chợ Mới"
            person "Châu Văn Phước"
            person "Lâm Quốc Trung"
            person "Phan Đức Lượng" rank=Thiếu tá
            organization "Đồn Biên phòng cửa khẩu quốc tế Ma Lù Thàng"
            person "Lương Hữu Toàn"
            organization "Cục Quản lý đê điều và Phòng, chống thiên tai"
            holds_position: Châu Văn Phước -> Ủy ban nhân dân huyện Chợ Mới (Chủ tịch)
            holds_position: Phan Đức Lượng -> Đồn Biên phòng cửa khẩu quốc tế Ma Lù Thàng (Đồn trưởng)
            holds_position: Lương Hữu Toàn -> Cục Quản lý đê điều và Phòng, chống thiên tai (Cục trưởng)
        "#]],
    );
}

#[test]
fn a_local_council_holding_the_meeting_issues_its_coded_resolutions() {
    check(
        "Sáng 21/11, HĐND huyện Xuyên Mộc, tỉnh Bà Rịa - Vũng Tàu tổ chức kỳ họp thứ 18. Sau khi thảo luận, kỳ họp đã biểu quyết thông qua hai nghị quyết. Nghị quyết số 41/NQ-HĐND về điều chỉnh kế hoạch đầu tư công năm 2024.",
        expect![[r#"
            organization "Hội đồng nhân dân huyện Xuyên Mộc"
            meeting "Kỳ họp thứ 18" date=--11-21 meeting_type=Kỳ họp
            resolution "Nghị quyết số 41/NQ-HĐND" code=NQ-HĐND doc_type=Nghị quyết number=41 title=điều chỉnh kế hoạch đầu tư công năm 2024
            organized: Hội đồng nhân dân huyện Xuyên Mộc -> Kỳ họp thứ 18
            issued: Hội đồng nhân dân huyện Xuyên Mộc -> Nghị quyết số 41/NQ-HĐND
            discussed: Kỳ họp thứ 18 -> Nghị quyết số 41/NQ-HĐND
        "#]],
    );
}

#[test]
fn a_law_name_holds_its_opening_verb_and_ends_at_a_verb_after_it() {
    check(
        "Hội nghị được tổ chức theo Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15. Bộ triển khai Luật Đường bộ tới 63 tỉnh; Luật Đường bộ tập trung vào quy hoạch. Luật Khoa học, công nghệ và đổi mới sáng tạo số 93/2025/QH15 có hiệu lực.",
        expect![[r#"
            meeting "Hội nghị" meeting_type=Hội nghị
            resolution "Luật Thực hiện dân chủ ở cơ sở số 10/2022/QH15" code=2022/QH15 doc_type=Luật number=10
            resolution "Luật Đường bộ" doc_type=Luật
            resolution "Luật Khoa học, công nghệ và đổi mới sáng tạo số 93/2025/QH15" code=2025/QH15 doc_type=Luật number=93
        "#]],
    );
}

#[test]
fn lexicon_aliases_with_a_hyphen_inside_a_word_match() {
    check(
        "Bộ trưởng Bộ LĐ-TB&XH Đào Ngọc Dung chủ trì hội nghị. Đại diện UBND tỉnh BR-VT dự.",
        expect![[r#"
            organization "Bộ Lao động - Thương binh và Xã hội"
            person "Đào Ngọc Dung"
            meeting "Hội nghị" meeting_type=Hội nghị
            organization "Ủy ban nhân dân tỉnh Bà Rịa - Vũng Tàu"
            chaired: Đào Ngọc Dung -> Hội nghị
            holds_position: Đào Ngọc Dung -> Bộ Lao động - Thương binh và Xã hội (Bộ trưởng)
        "#]],
    );
}

#[test]
fn a_deputy_without_a_body_deputises_to_the_one_post_named_before() {
    check(
        "Bà Vũ Việt Trang, Bí thư Đảng ủy, Tổng Giám đốc TTXVN chủ trì hội nghị. Cùng dự có các Phó Tổng Giám đốc: Đoàn Thị Tuyết Nhung, Nguyễn Tuấn Hùng. Ông Lê Văn An, Chủ tịch Công đoàn phát biểu. Phó Chủ tịch Trần Văn Bình dự.",
        expect![[r#"
            person "Vũ Việt Trang"
            organization "Đảng ủy Thông tấn xã Việt Nam"
            organization "Thông tấn xã Việt Nam"
            meeting "Hội nghị" meeting_type=Hội nghị
            person "Đoàn Thị Tuyết Nhung"
            person "Nguyễn Tuấn Hùng"
            person "Lê Văn An"
            person "Trần Văn Bình"
            chaired: Vũ Việt Trang -> Hội nghị
            holds_position: Vũ Việt Trang -> Đảng ủy Thông tấn xã Việt Nam (Bí thư)
            holds_position: Vũ Việt Trang -> Thông tấn xã Việt Nam (Tổng Giám đốc)
            attended: Đoàn Thị Tuyết Nhung -> Hội nghị
            holds_position: Đoàn Thị Tuyết Nhung -> Thông tấn xã Việt Nam (Phó Tổng Giám đốc)
            attended: Nguyễn Tuấn Hùng -> Hội nghị
            holds_position: Nguyễn Tuấn Hùng -> Thông tấn xã Việt Nam (Phó Tổng Giám đốc)
            spoke_at: Lê Văn An -> Hội nghị
            attended: Trần Văn Bình -> Hội nghị
        "#]],
    );
}

#[test]
fn a_purpose_clause_of_issuing_names_the_implementer() {
    check(
        "TTXVN sắp xếp các đơn vị theo Kế hoạch số 2245/KH-TTX ngày 6/12/2024, được ban hành để triển khai Nghị quyết số 18-NQ/TW. Đáng chú ý, Nghị quyết số 25/2022/NQ-HĐND quy định định mức phân bổ vốn thực hiện Chương trình mục tiêu quốc gia được ban hành để thực hiện Nghị định số 27/2022/NĐ-CP.",
        expect![[r#"
            organization "Thông tấn xã Việt Nam"
            resolution "Kế hoạch số 2245/KH-TTX" code=KH-TTX date=2024-12-06 doc_type=Kế hoạch number=2245
            resolution "Nghị quyết số 18-NQ/TW" code=NQ/TW doc_type=Nghị quyết number=18
            resolution "Nghị quyết số 25/2022/NQ-HĐND" code=2022/NQ-HĐND doc_type=Nghị quyết number=25
            resolution "Chương trình mục tiêu quốc gia" doc_type=Chương trình
            resolution "Nghị định số 27/2022/NĐ-CP" code=2022/NĐ-CP doc_type=Nghị định number=27
            issued: Thông tấn xã Việt Nam -> Kế hoạch số 2245/KH-TTX
            implements: Kế hoạch số 2245/KH-TTX -> Nghị quyết số 18-NQ/TW
            implements: Nghị quyết số 25/2022/NQ-HĐND -> Chương trình mục tiêu quốc gia
            implements: Nghị quyết số 25/2022/NQ-HĐND -> Nghị định số 27/2022/NĐ-CP
        "#]],
    );
}

#[test]
fn a_congress_credentials_committee_is_no_body() {
    check(
        "Đồng chí Nguyễn Văn An, Trưởng Ban Thẩm tra tư cách đại biểu báo cáo tại Đại hội.",
        expect![[r#"
            person "Nguyễn Văn An"
            meeting "Đại hội" meeting_type=Đại hội
            spoke_at: Nguyễn Văn An -> Đại hội
        "#]],
    );
}

#[test]
fn a_school_post_of_nha_truong_is_the_article_school() {
    check(
        "Ngày 10/1, Trường Đại học Tây Nguyên tổ chức Hội nghị viên chức năm 2025. Đồng chủ trì hội nghị có các đồng chí: PGS.TS Lê Đức Niêm – Hiệu trưởng Nhà trường; TS. Trần Trung Dũng – Phó Hiệu trưởng Nhà trường.",
        expect![[r#"
            organization "Trường Đại học Tây Nguyên"
            meeting "Hội nghị viên chức năm 2025" date=--01-10 meeting_type=Hội nghị
            person "Lê Đức Niêm"
            person "Trần Trung Dũng"
            organized: Trường Đại học Tây Nguyên -> Hội nghị viên chức năm 2025
            chaired: Lê Đức Niêm -> Hội nghị viên chức năm 2025
            holds_position: Lê Đức Niêm -> Trường Đại học Tây Nguyên (Hiệu trưởng)
            chaired: Trần Trung Dũng -> Hội nghị viên chức năm 2025
            holds_position: Trần Trung Dũng -> Trường Đại học Tây Nguyên (Phó Hiệu trưởng)
        "#]],
    );
}

#[test]
fn a_numbered_regional_unit_is_a_body_of_its_own() {
    check(
        "Ông Hà Đình Trọng, Kiểm toán trưởng Kiểm toán Nhà nước khu vực VII phát biểu. Viện Kiểm sát nhân dân khu vực 1 dự.",
        expect![[r#"
            person "Hà Đình Trọng"
            organization "Kiểm toán Nhà nước khu vực VII"
            holds_position: Hà Đình Trọng -> Kiểm toán Nhà nước khu vực VII (Kiểm toán trưởng)
        "#]],
    );
}

#[test]
fn a_bare_party_committee_takes_the_commune_of_its_antecedent() {
    check(
        "Sáng 12/3, Ban Chấp hành Đảng bộ xã Tân Phước tổ chức hội nghị. Dự có đồng chí Lê Văn Nam, Phó Bí thư Thường trực Đảng ủy xã. Đồng chí Trần Văn Bình, Bí thư Đảng ủy, Chủ tịch HĐND xã chủ trì hội nghị.",
        expect![[r#"
            organization "Ban Chấp hành Đảng bộ xã Tân Phước"
            meeting "Hội nghị" date=--03-12 meeting_type=Hội nghị
            person "Lê Văn Nam"
            organization "Đảng ủy xã Tân Phước"
            person "Trần Văn Bình"
            organization "Hội đồng nhân dân xã Tân Phước"
            organized: Ban Chấp hành Đảng bộ xã Tân Phước -> Hội nghị
            attended: Lê Văn Nam -> Hội nghị
            holds_position: Lê Văn Nam -> Đảng ủy xã Tân Phước (Phó Bí thư Thường trực)
            chaired: Trần Văn Bình -> Hội nghị
            holds_position: Trần Văn Bình -> Đảng ủy xã Tân Phước (Bí thư)
            holds_position: Trần Văn Bình -> Hội đồng nhân dân xã Tân Phước (Chủ tịch)
        "#]],
    );
}

#[test]
fn a_level_word_alone_after_a_body_asks_for_the_article_place() {
    check(
        "Sáng 12/3, Ban Chấp hành Đảng bộ xã Tân Phước tổ chức hội nghị. Dự có các đồng chí: Lê Văn Nam – Chủ tịch Hội Nông dân xã; Trần Thị Hoa – Chủ tịch Hội LHPN xã; Hoàng Văn Sơn, Chủ tịch Liên minh Hợp tác xã Việt Nam và Nguyễn Văn Tư, Viện trưởng Viện Khoa học xã hội vùng Nam Bộ cùng dự.",
        expect![[r#"
            organization "Ban Chấp hành Đảng bộ xã Tân Phước"
            meeting "Hội nghị" date=--03-12 meeting_type=Hội nghị
            person "Lê Văn Nam"
            organization "Hội Nông dân xã Tân Phước"
            person "Trần Thị Hoa"
            organization "Hội Liên hiệp Phụ nữ xã Tân Phước"
            person "Hoàng Văn Sơn"
            organization "Liên minh Hợp tác xã Việt Nam"
            person "Nguyễn Văn Tư"
            organization "Viện Khoa học xã hội vùng Nam Bộ"
            organized: Ban Chấp hành Đảng bộ xã Tân Phước -> Hội nghị
            attended: Lê Văn Nam -> Hội nghị
            holds_position: Lê Văn Nam -> Hội Nông dân xã Tân Phước (Chủ tịch)
            attended: Trần Thị Hoa -> Hội nghị
            holds_position: Trần Thị Hoa -> Hội Liên hiệp Phụ nữ xã Tân Phước (Chủ tịch)
            attended: Hoàng Văn Sơn -> Hội nghị
            holds_position: Hoàng Văn Sơn -> Liên minh Hợp tác xã Việt Nam (Chủ tịch)
            attended: Nguyễn Văn Tư -> Hội nghị
            holds_position: Nguyễn Văn Tư -> Viện Khoa học xã hội vùng Nam Bộ (Viện trưởng)
        "#]],
    );
}

#[test]
fn a_descriptive_document_name_ends_before_what_it_holds_and_who_drafts_it() {
    check(
        "Hội nghị thống nhất ban hành Nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2026 với 5 chỉ tiêu. Đảng ủy cho ý kiến vào Đề án phát triển du lịch giai đoạn 2025 - 2030 do UBND huyện Lý Sơn xây dựng và dự thảo Thông tư quy định kỹ thuật đo đạc, văn bản tiếp theo hướng dẫn Luật Đo đạc và bản đồ. Quy chế ban hành kèm theo Quyết định số 15/QĐ-UBND hết hiệu lực.",
        expect![[r#"
            meeting "Hội nghị" meeting_type=Hội nghị
            resolution "Nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2026" doc_type=Nghị quyết
            resolution "Đề án phát triển du lịch giai đoạn 2025 - 2030" doc_type=Đề án
            resolution "Thông tư quy định kỹ thuật đo đạc" doc_type=Thông tư
            resolution "Luật Đo đạc và bản đồ" doc_type=Luật
            resolution "Quyết định số 15/QĐ-UBND" code=QĐ-UBND doc_type=Quyết định number=15
            discussed: Hội nghị -> Nghị quyết lãnh đạo thực hiện nhiệm vụ năm 2026
            discussed: Hội nghị -> Đề án phát triển du lịch giai đoạn 2025 - 2030
            discussed: Hội nghị -> Thông tư quy định kỹ thuật đo đạc
            discussed: Hội nghị -> Luật Đo đạc và bản đồ
        "#]],
    );
}

#[test]
fn a_document_code_tells_a_type_from_its_longer_form() {
    check(
        "Hai bên ký kết Chương trình phối hợp số 03/CTPH-CA-HND, thay thế Chương trình phối hợp số 01/CTr-UBND-HND. Hội nghị thông qua Chương trình phối hợp và thống nhất hành động năm 2026.",
        expect![[r#"
            resolution "Chương trình phối hợp số 03/CTPH-CA-HND" code=CTPH-CA-HND doc_type=Chương trình phối hợp number=03
            resolution "Chương trình phối hợp số 01/CTr-UBND-HND" code=CTr-UBND-HND doc_type=Chương trình number=01
            meeting "Hội nghị" meeting_type=Hội nghị
            resolution "Chương trình phối hợp và thống nhất hành động năm 2026" doc_type=Chương trình
            supersedes: Chương trình phối hợp số 03/CTPH-CA-HND -> Chương trình phối hợp số 01/CTr-UBND-HND
            discussed: Hội nghị -> Chương trình phối hợp và thống nhất hành động năm 2026
        "#]],
    );
}

#[test]
fn a_military_command_abbreviated_chqs_is_the_full_body() {
    check(
        "Đại tá Lê Văn Tâm, Chỉ huy trưởng Bộ CHQS tỉnh Phú Yên dự hội nghị.",
        expect![[r#"
            person "Lê Văn Tâm" rank=Đại tá
            organization "Bộ Chỉ huy Quân sự tỉnh Phú Yên"
            meeting "Hội nghị" meeting_type=Hội nghị
            attended: Lê Văn Tâm -> Hội nghị
            holds_position: Lê Văn Tâm -> Bộ Chỉ huy Quân sự tỉnh Phú Yên (Chỉ huy trưởng)
        "#]],
    );
}

#[test]
fn a_chief_representative_of_a_fund_is_no_person_name() {
    check(
        "Dự hội nghị có ông Matt Jackson, Trưởng Đại diện Quỹ Dân số Liên hợp quốc (UNFPA) tại Việt Nam.",
        expect![[r#"
            meeting "Hội nghị" meeting_type=Hội nghị
            person "Matt Jackson"
            organization "Quỹ Dân số Liên hợp quốc"
            attended: Matt Jackson -> Hội nghị
            holds_position: Matt Jackson -> Quỹ Dân số Liên hợp quốc (Trưởng Đại diện)
        "#]],
    );
}

#[test]
fn a_school_unit_written_without_the_school_is_the_article_school_one() {
    check(
        "Chiều 18/10, Hội đồng trường Trường Đại học Hải Phòng tổ chức phiên họp. TS. Nguyễn Văn Hiển, Bí thư Đảng ủy, Chủ tịch Hội đồng trường chủ trì phiên họp. Dự có bà Lê Thị Yến, Chủ tịch Công đoàn trường và anh Trần Văn Tú, Bí thư Đoàn Thanh niên trường. Anh Lê Văn Ba, Bí thư Đoàn Trường Đại học Sao Đỏ cùng dự.",
        expect![[r#"
            organization "Hội đồng trường Trường Đại học Hải Phòng"
            organization "Trường Đại học Hải Phòng"
            meeting "Phiên họp" date=--10-18 meeting_type=Phiên họp
            person "Nguyễn Văn Hiển"
            organization "Đảng ủy Trường Đại học Hải Phòng"
            person "Lê Thị Yến"
            organization "Công đoàn Trường Đại học Hải Phòng"
            person "Trần Văn Tú"
            organization "Đoàn Thanh niên Trường Đại học Hải Phòng"
            person "Lê Văn Ba"
            organization "Đoàn Trường Đại học Sao Đỏ"
            organized: Hội đồng trường Trường Đại học Hải Phòng -> Phiên họp
            chaired: Nguyễn Văn Hiển -> Phiên họp
            holds_position: Nguyễn Văn Hiển -> Hội đồng trường Trường Đại học Hải Phòng (Chủ tịch)
            holds_position: Nguyễn Văn Hiển -> Đảng ủy Trường Đại học Hải Phòng (Bí thư)
            attended: Lê Thị Yến -> Phiên họp
            holds_position: Lê Thị Yến -> Công đoàn Trường Đại học Hải Phòng (Chủ tịch)
            attended: Trần Văn Tú -> Phiên họp
            holds_position: Trần Văn Tú -> Đoàn Thanh niên Trường Đại học Hải Phòng (Bí thư)
            attended: Lê Văn Ba -> Phiên họp
            holds_position: Lê Văn Ba -> Đoàn Trường Đại học Sao Đỏ (Bí thư)
        "#]],
    );
}

#[test]
fn a_provincial_paper_names_the_province_its_article_leaves_out() {
    check(
        "BÁO TUYÊN QUANG - CƠ QUAN CỦA ĐẢNG BỘ, CHÍNH QUYỀN, NHÂN DÂN TỈNH TUYÊN QUANG\n\nHĐND tỉnh họp phiên chuyên đề\n\nSáng 30/12, HĐND tỉnh tổ chức Kỳ họp thứ 21. Đồng chí Lê Văn An, Chủ tịch HĐND tỉnh chủ trì kỳ họp.",
        expect![[r#"
            organization "Hội đồng nhân dân tỉnh Tuyên Quang"
            meeting "Phiên họp chuyên đề" meeting_type=Phiên họp
            meeting "Kỳ họp thứ 21" date=--12-30 meeting_type=Kỳ họp
            person "Lê Văn An"
            organized: Hội đồng nhân dân tỉnh Tuyên Quang -> Phiên họp chuyên đề
            organized: Hội đồng nhân dân tỉnh Tuyên Quang -> Kỳ họp thứ 21
            chaired: Lê Văn An -> Kỳ họp thứ 21
            holds_position: Lê Văn An -> Hội đồng nhân dân tỉnh Tuyên Quang (Chủ tịch)
        "#]],
    );
}

#[test]
fn an_acting_post_is_a_post_of_its_own() {
    check(
        "Dự hội nghị có đồng chí Nguyễn Văn An, Quyền Chủ tịch UBND tỉnh Hà Giang và ông Lê Văn Bình, Quyền Bộ trưởng Bộ Ngoại giao.",
        expect![[r#"
            meeting "Hội nghị" meeting_type=Hội nghị
            person "Nguyễn Văn An"
            organization "Ủy ban nhân dân tỉnh Hà Giang"
            person "Lê Văn Bình"
            organization "Bộ Ngoại giao"
            attended: Nguyễn Văn An -> Hội nghị
            holds_position: Nguyễn Văn An -> Ủy ban nhân dân tỉnh Hà Giang (Quyền Chủ tịch)
            attended: Lê Văn Bình -> Hội nghị
            holds_position: Lê Văn Bình -> Bộ Ngoại giao (Quyền Bộ trưởng)
        "#]],
    );
}

#[test]
fn a_congress_whose_documents_are_drafted_is_not_the_one_reported() {
    check(
        "Ngày 15/5, Hội Nông dân tỉnh Lạng Sơn tổ chức Đại hội đại biểu lần thứ X. Đồng chí Hoàng Văn Nam, Bí thư Tỉnh ủy dự Đại hội. Đại hội góp ý vào dự thảo văn kiện Đại hội đại biểu toàn quốc Hội Nông dân Việt Nam lần thứ X.",
        expect![[r#"
            organization "Hội Nông dân tỉnh Lạng Sơn"
            meeting "Đại hội đại biểu lần thứ X" date=--05-15 meeting_type=Đại hội
            person "Hoàng Văn Nam"
            organization "Tỉnh ủy Lạng Sơn"
            organization "Hội Nông dân Việt Nam"
            organized: Hội Nông dân tỉnh Lạng Sơn -> Đại hội đại biểu lần thứ X
            attended: Hoàng Văn Nam -> Đại hội đại biểu lần thứ X
            holds_position: Hoàng Văn Nam -> Tỉnh ủy Lạng Sơn (Bí thư)
        "#]],
    );
}

#[test]
fn a_branch_in_a_province_is_a_body_of_its_own() {
    check(
        "Sáng 12/1, Ngân hàng Chính sách xã hội chi nhánh tỉnh Sóc Trăng tổ chức hội nghị. Ông Lâm Văn Tài, Giám đốc Ngân hàng Nhà nước chi nhánh tỉnh chủ trì hội nghị.",
        expect![[r#"
            organization "Ngân hàng Chính sách xã hội chi nhánh tỉnh Sóc Trăng"
            meeting "Hội nghị" date=--01-12 meeting_type=Hội nghị
            person "Lâm Văn Tài"
            organization "Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh Sóc Trăng"
            organized: Ngân hàng Chính sách xã hội chi nhánh tỉnh Sóc Trăng -> Hội nghị
            chaired: Lâm Văn Tài -> Hội nghị
            holds_position: Lâm Văn Tài -> Ngân hàng Nhà nước Việt Nam chi nhánh tỉnh Sóc Trăng (Giám đốc)
        "#]],
    );
}

#[test]
fn a_session_whose_results_are_reported_is_not_where_it_is_said() {
    check(
        "Chiều 10/12, Đoàn ĐBQH tỉnh Cao Bằng tổ chức hội nghị tiếp xúc cử tri huyện Bảo Lạc sau Kỳ họp thứ 8. Đại biểu Nông Văn Hòa báo cáo kết quả Kỳ họp thứ 8.",
        expect![[r#"
            organization "Đoàn đại biểu Quốc hội tỉnh Cao Bằng"
            meeting "Hội nghị tiếp xúc cử tri huyện Bảo Lạc" date=--12-10 meeting_type=Hội nghị
            person "Nông Văn Hòa"
            organized: Đoàn đại biểu Quốc hội tỉnh Cao Bằng -> Hội nghị tiếp xúc cử tri huyện Bảo Lạc
            spoke_at: Nông Văn Hòa -> Hội nghị tiếp xúc cử tri huyện Bảo Lạc
        "#]],
    );
}

#[test]
fn words_of_the_kind_between_a_type_and_its_number_name_one_document() {
    check(
        "Thanh tra tỉnh Bình Định công bố Kết luận thanh tra số 45/KL-TTr về quản lý đất đai. Giám đốc Sở NN&PTNT tỉnh Bình Định Trần Văn Lâm dự hội nghị.",
        expect![[r#"
            organization "Thanh tra tỉnh Bình Định"
            resolution "Kết luận thanh tra số 45/KL-TTr" code=KL-TTr doc_type=Kết luận number=45 title=quản lý đất đai
            organization "Sở Nông nghiệp và Phát triển nông thôn tỉnh Bình Định"
            person "Trần Văn Lâm"
            meeting "Hội nghị" meeting_type=Hội nghị
            attended: Trần Văn Lâm -> Hội nghị
            holds_position: Trần Văn Lâm -> Sở Nông nghiệp và Phát triển nông thôn tỉnh Bình Định (Giám đốc)
        "#]],
    );
}

#[test]
fn the_decision_issuing_new_rules_replaces_the_decision_of_the_old() {
    check(
        "Giám đốc Sở Tư pháp ký Quyết định số 12/QĐ-STP ban hành Quy chế làm việc của Sở, thay thế Quyết định số 88/QĐ-STP năm 2020. Hội đồng thông qua Quy chế hoạt động (sửa đổi), thay thế Quy chế ban hành kèm theo Quyết định số 07/QĐ-HĐ.",
        expect![[r#"
            organization "Sở Tư pháp"
            resolution "Quyết định số 12/QĐ-STP" code=QĐ-STP doc_type=Quyết định number=12
            resolution "Quy chế làm việc của Sở" doc_type=Quy chế
            resolution "Quyết định số 88/QĐ-STP" code=QĐ-STP doc_type=Quyết định number=88
            resolution "Quy chế hoạt động (sửa đổi)" doc_type=Quy chế
            resolution "Quyết định số 07/QĐ-HĐ" code=QĐ-HĐ doc_type=Quyết định number=07
            issued: Sở Tư pháp -> Quyết định số 12/QĐ-STP
            issued: Sở Tư pháp -> Quyết định số 88/QĐ-STP
            supersedes: Quyết định số 12/QĐ-STP -> Quyết định số 88/QĐ-STP
            supersedes: Quy chế hoạt động (sửa đổi) -> Quyết định số 07/QĐ-HĐ
        "#]],
    );
}

#[test]
fn a_presidium_of_a_capitalised_congress_chairs_it() {
    check(
        "Sáng 14/9, Liên đoàn Lao động tỉnh Phú Thọ tổ chức Đại hội Công đoàn tỉnh lần thứ XIX. Đoàn Chủ tịch Đại hội gồm các đồng chí: Nguyễn Thị Lan - Chủ tịch LĐLĐ tỉnh; Trần Văn Quý - Phó Chủ tịch LĐLĐ tỉnh.",
        expect![[r#"
            organization "Liên đoàn Lao động tỉnh Phú Thọ"
            meeting "Đại hội Công đoàn tỉnh lần thứ XIX" date=--09-14 meeting_type=Đại hội
            person "Nguyễn Thị Lan"
            person "Trần Văn Quý"
            organized: Liên đoàn Lao động tỉnh Phú Thọ -> Đại hội Công đoàn tỉnh lần thứ XIX
            chaired: Nguyễn Thị Lan -> Đại hội Công đoàn tỉnh lần thứ XIX
            holds_position: Nguyễn Thị Lan -> Liên đoàn Lao động tỉnh Phú Thọ (Chủ tịch)
            chaired: Trần Văn Quý -> Đại hội Công đoàn tỉnh lần thứ XIX
            holds_position: Trần Văn Quý -> Liên đoàn Lao động tỉnh Phú Thọ (Phó Chủ tịch)
        "#]],
    );
}

#[test]
fn a_post_a_dash_and_a_name_is_that_person_s_post() {
    check(
        "Dự hội nghị có Phó Chủ tịch UBND tỉnh - Lê Văn Khải; Giám đốc Công an tỉnh Tây Ninh - Đại tá Trần Minh Đức.",
        expect![[r#"
            meeting "Hội nghị" meeting_type=Hội nghị
            organization "Ủy ban nhân dân tỉnh Tây Ninh"
            person "Lê Văn Khải"
            organization "Công an tỉnh Tây Ninh"
            person "Trần Minh Đức" rank=Đại tá
            attended: Lê Văn Khải -> Hội nghị
            holds_position: Lê Văn Khải -> Ủy ban nhân dân tỉnh Tây Ninh (Phó Chủ tịch)
            attended: Trần Minh Đức -> Hội nghị
            holds_position: Trần Minh Đức -> Công an tỉnh Tây Ninh (Giám đốc)
        "#]],
    );
}

#[test]
fn a_plural_post_with_its_term_and_place_before_a_list() {
    check(
        "Tham dự có các đại biểu Quốc hội khóa XV của tỉnh: Lò Văn Sơn, Hà Thị Liên.",
        expect![[r#"
            organization "Quốc hội"
            person "Lò Văn Sơn"
            person "Hà Thị Liên"
            holds_position: Lò Văn Sơn -> Quốc hội (Đại biểu)
            holds_position: Hà Thị Liên -> Quốc hội (Đại biểu)
        "#]],
    );
}

#[test]
fn a_code_writing_the_initials_of_one_body_of_the_article_names_its_issuer() {
    check(
        "Sáng 8/3, Thông tấn xã Việt Nam tổ chức hội nghị triển khai Kế hoạch số 310/KH-TTX về chuyển đổi số. Tỉnh ủy Gia Lai công bố Quyết định số 1120-QĐ/TU.",
        expect![[r#"
            organization "Thông tấn xã Việt Nam"
            meeting "Hội nghị triển khai Kế hoạch số 310/KH-TTX về chuyển đổi số" date=--03-08 meeting_type=Hội nghị
            resolution "Kế hoạch số 310/KH-TTX" code=KH-TTX doc_type=Kế hoạch number=310 title=chuyển đổi số
            organization "Tỉnh ủy Gia Lai"
            resolution "Quyết định số 1120-QĐ/TU" code=QĐ/TU doc_type=Quyết định number=1120
            organized: Thông tấn xã Việt Nam -> Hội nghị triển khai Kế hoạch số 310/KH-TTX về chuyển đổi số
            issued: Thông tấn xã Việt Nam -> Kế hoạch số 310/KH-TTX
            discussed: Hội nghị triển khai Kế hoạch số 310/KH-TTX về chuyển đổi số -> Kế hoạch số 310/KH-TTX
        "#]],
    );
}

#[test]
fn a_steering_committee_named_by_its_subject_awaits_its_province() {
    check(
        "Dự có lãnh đạo các sở, ngành thành viên Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh. Sáng 9/1, UBND tỉnh Đắk Nông tổ chức hội nghị.",
        expect![[r#"
            organization "Ban Chỉ đạo các chương trình mục tiêu quốc gia tỉnh Đắk Nông"
            organization "Ủy ban nhân dân tỉnh Đắk Nông"
            meeting "Hội nghị" date=--01-09 meeting_type=Hội nghị
            organized: Ủy ban nhân dân tỉnh Đắk Nông -> Hội nghị
        "#]],
    );
}

#[test]
fn the_regional_high_courts_and_procuracies_are_bodies_of_their_own() {
    check(
        "Dự có ông Võ Văn Nhân, Phó Viện trưởng VKSND cấp cao tại TP Hồ Chí Minh; ông Trần Công Hòa, Chánh án TAND cấp cao tại Đà Nẵng.",
        expect![[r#"
            person "Võ Văn Nhân"
            organization "Viện kiểm sát nhân dân cấp cao tại Thành phố Hồ Chí Minh"
            person "Trần Công Hòa"
            organization "Tòa án nhân dân cấp cao tại Đà Nẵng"
            holds_position: Võ Văn Nhân -> Viện kiểm sát nhân dân cấp cao tại Thành phố Hồ Chí Minh (Phó Viện trưởng)
            holds_position: Trần Công Hòa -> Tòa án nhân dân cấp cao tại Đà Nẵng (Chánh án)
        "#]],
    );
}

#[test]
fn an_abbreviation_holding_a_post_s_implied_head_is_not_given_it_again() {
    check(
        "Ông Đỗ Minh Tâm, Phó Viện trưởng VKSND cấp cao, phát biểu.",
        expect![[r#"
            person "Đỗ Minh Tâm"
        "#]],
    );
}

#[test]
fn electing_by_consultation_and_entering_a_sitting_are_no_part_of_a_congress_s_name() {
    check(
        "Chiều 12/6, Đại hội tiến hành phiên trù bị, thông qua quy chế làm việc của Đại hội và hiệp thương cử Đoàn Chủ tịch. Sáng 13/6, Đại hội bước vào phiên làm việc chính thức.",
        expect![[r#"
            meeting "Phiên trù bị" date=--06-12 meeting_type=Phiên họp
        "#]],
    );
}

#[test]
fn a_place_in_a_congress_s_name_is_not_read_as_a_word_that_ends_it() {
    check(
        "Chiều 19/7, Đại hội đại biểu Đảng bộ Trường Đại học Cần Thơ lần thứ XII đã bế mạc. Dự có đồng chí Lê Văn Hải, Phó Bí thư Đảng ủy Trường và TS. Trần Thị Mai, Chủ tịch Công đoàn Trường.",
        expect![[r#"
            meeting "Đại hội đại biểu Đảng bộ Trường Đại học Cần Thơ lần thứ XII" date=--07-19 meeting_type=Đại hội
            organization "Đảng bộ Trường Đại học Cần Thơ"
            person "Lê Văn Hải"
            person "Trần Thị Mai"
            attended: Lê Văn Hải -> Đại hội đại biểu Đảng bộ Trường Đại học Cần Thơ lần thứ XII
            attended: Trần Thị Mai -> Đại hội đại biểu Đảng bộ Trường Đại học Cần Thơ lần thứ XII
        "#]],
    );
}

#[test]
fn a_dash_between_capitalised_words_joins_one_body_s_name() {
    check(
        "Ông Trần Văn Bé, Trưởng Phòng Văn hóa - Thông tin huyện Lấp Vò; ông Phạm Văn Sáu, Phó Trưởng Phòng Tài chính - Kế hoạch huyện Lấp Vò.",
        expect![[r#"
            person "Trần Văn Bé"
            organization "Phòng Văn hóa - Thông tin huyện Lấp Vò"
            person "Phạm Văn Sáu"
            organization "Phòng Tài chính - Kế hoạch huyện Lấp Vò"
            holds_position: Trần Văn Bé -> Phòng Văn hóa - Thông tin huyện Lấp Vò (Trưởng phòng)
            holds_position: Phạm Văn Sáu -> Phòng Tài chính - Kế hoạch huyện Lấp Vò (Phó Trưởng phòng)
        "#]],
    );
}

#[test]
fn a_district_youth_union_and_a_district_department_written_bare_are_the_article_s_district_s() {
    check(
        "Chiều 15/6, UBND huyện Văn Giang tổ chức hội nghị. Đồng chí Lương Thị Hằng, Bí thư Huyện đoàn phát biểu. Ông Bùi Văn Tú, Trưởng Phòng Nội vụ huyện dự.",
        expect![[r#"
            organization "Ủy ban nhân dân huyện Văn Giang"
            meeting "Hội nghị" date=--06-15 meeting_type=Hội nghị
            person "Lương Thị Hằng"
            organization "Huyện Đoàn Văn Giang"
            person "Bùi Văn Tú"
            organization "Phòng Nội vụ huyện Văn Giang"
            organized: Ủy ban nhân dân huyện Văn Giang -> Hội nghị
            spoke_at: Lương Thị Hằng -> Hội nghị
            holds_position: Lương Thị Hằng -> Huyện Đoàn Văn Giang (Bí thư)
            attended: Bùi Văn Tú -> Hội nghị
            holds_position: Bùi Văn Tú -> Phòng Nội vụ huyện Văn Giang (Trưởng phòng)
        "#]],
    );
}

#[test]
fn a_meeting_closing_after_a_count_of_working_days_is_dated_by_its_first() {
    check(
        "Sau 3 ngày làm việc khẩn trương, nghiêm túc, chiều 19/7, Đại hội đại biểu Đảng bộ tỉnh Hà Nam lần thứ XX đã bế mạc. Sau hai ngày làm việc (27 và 28-9), Đại hội đại biểu Hội Nông dân tỉnh Hà Nam lần thứ X đã thành công.",
        expect![[r#"
            meeting "Đại hội đại biểu Đảng bộ tỉnh Hà Nam lần thứ XX" date=--07-17 meeting_type=Đại hội
            organization "Đảng bộ tỉnh Hà Nam"
            meeting "Đại hội đại biểu Hội Nông dân tỉnh Hà Nam lần thứ X" date=--09-27 meeting_type=Đại hội
            organization "Hội Nông dân tỉnh Hà Nam"
        "#]],
    );
}

#[test]
fn a_post_written_without_its_body_takes_the_article_s_body_of_its_implied_head() {
    check(
        "Ông Trần Văn Hòa, Hiệu trưởng Trường Đại học Vinh chủ trì. Phát biểu có ông Lê Minh Hải, Phó Hiệu trưởng. Ông Đỗ Văn Lâm, Cục trưởng, dự.",
        expect![[r#"
            person "Trần Văn Hòa"
            organization "Trường Đại học Vinh"
            person "Lê Minh Hải"
            person "Đỗ Văn Lâm"
            holds_position: Trần Văn Hòa -> Trường Đại học Vinh (Hiệu trưởng)
            holds_position: Lê Minh Hải -> Trường Đại học Vinh (Phó Hiệu trưởng)
        "#]],
    );
}

#[test]
fn a_plenum_written_short_and_a_party_organisation_s_congress_name_a_resolution() {
    check(
        "Ban Chấp hành đã lãnh đạo thực hiện Nghị quyết Đại hội Đảng bộ Trường lần thứ XI; triển khai Nghị quyết Trung ương 4 khóa XII. Phiên họp thông qua Chương trình công tác năm 2024 của Ban cán sự đảng, phân công các ủy viên theo dõi từng lĩnh vực.",
        expect![[r#"
            resolution "Nghị quyết Đại hội Đảng bộ Trường lần thứ XI" doc_type=Nghị quyết
            resolution "Nghị quyết Trung ương 4 khóa XII" doc_type=Nghị quyết
            meeting "Phiên họp" meeting_type=Phiên họp
            resolution "Chương trình công tác năm 2024 của Ban cán sự đảng" doc_type=Chương trình
            discussed: Phiên họp -> Chương trình công tác năm 2024 của Ban cán sự đảng
        "#]],
    );
}

#[test]
fn a_meeting_word_opening_a_clause_after_a_comma_and_planning_after_and_name_no_meeting() {
    check(
        "Sáng 5/12, HĐND tỉnh Sóc Trăng khai mạc Kỳ họp thứ 15. Phát biểu khai mạc, ông Trần Văn Tâm cho biết, kỳ họp xem xét 7 tờ trình của UBND tỉnh. Thường trực HĐND đã họp, thống nhất nội dung trình hội nghị Ban Chấp hành và dự kiến tổ chức Đại hội.",
        expect![[r#"
            organization "Hội đồng nhân dân tỉnh Sóc Trăng"
            meeting "Kỳ họp thứ 15" date=--12-05 meeting_type=Kỳ họp
            person "Trần Văn Tâm"
            organization "Ủy ban nhân dân tỉnh Sóc Trăng"
            spoke_at: Trần Văn Tâm -> Kỳ họp thứ 15
        "#]],
    );
}

#[test]
fn a_post_and_its_body_after_cua() {
    check(
        "Thứ trưởng Lương Văn Định, Người phát ngôn của Bộ TT&TT chủ trì họp báo.",
        expect![[r#"
            person "Lương Văn Định"
            organization "Bộ Thông tin và Truyền thông"
            meeting "Họp báo" meeting_type=Họp báo
            chaired: Lương Văn Định -> Họp báo
            holds_position: Lương Văn Định -> Bộ Thông tin và Truyền thông (Người phát ngôn)
            holds_position: Lương Văn Định -> Bộ Thông tin và Truyền thông (Thứ trưởng)
        "#]],
    );
}
