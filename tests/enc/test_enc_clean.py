"""Precision: clean text in many languages and scripts comes out of every ENC rule untouched."""
from __future__ import annotations

import pytest

# Written for these tests (no evaluation-set lines).
CLEAN = {
    "zh-Hans": "今天上午，市政府召开新闻发布会，介绍了全市经济发展的情况。记者问：“明年的目标是什么？”",
    "zh-Hant": "這座圖書館收藏了大量歷史書籍，每年吸引許多讀者前來參觀。「你去過嗎?」他問。",
    "zh-names": "龘靐齉齾是笔画最多的字；邛崃、勐海、亳州、鄱阳、犇羴鱻都是真实存在的地名和汉字。",
    "classical": "學而時習之，不亦說乎？有朋自遠方來，不亦樂乎？人不知而不慍，不亦君子乎？",
    "ja": "吾輩は猫である。名前はまだ無い。どこで生れたかとんと見当がつかぬ。ｶﾀｶﾅも使います。",
    "ko": "대한민국(大韓民國)은 동아시아에 있는 민주공화국이다. 한자(漢字) 표기도 함께 쓴다.",
    "ru": "Съешь же ещё этих мягких французских булок, да выпей чаю. Ёжик в тумане.",
    "el": "Ξεσκεπάζω την ψυχοφθόρα βδελυγμία. Η γλώσσα μου έδωσαν ελληνική.",
    "ar": "مرحبا بالعالم، هذه جملة عربية للاختبار فقط.",
    "fa": "من می\u200cخواهم به کتابخانه بروم و کتاب\u200cهای تازه بخوانم.",
    "hi": "हिन्दी एक भारतीय भाषा है। क्\u200dष और ज्ञ संयुक्ताक्षर हैं।",
    "th": "ภาษาไทยเป็นภาษาราชการของประเทศไทย",
    "de": "Zwölf Boxkämpfer jagen Viktor quer über den großen Sylter Deich. Straße, Maß, Öl.",
    "fr": "Voix ambiguë d’un cœur qui, au zéphyr, préfère les jattes de kiwis. Ça coûte 5 €.",
    "es": "¿Dónde está el niño? ¡Qué alegría! El pingüino comió ñoquis en Año Nuevo.",
    "pl": "Zażółć gęślą jaźń. Pchnąć w tę łódź jeża lub ośm skrzyń fig.",
    "vi": "Tiếng Việt có dấu: Hà Nội, Đà Nẵng, Thành phố Hồ Chí Minh.",
    "math": "∀x∈ℝ: x² ≥ 0; ∑ᵢ aᵢ ≤ ∫₀^∞ f(t) dt ≈ π/2 ± ε, α-helix, β-sheet, Δ=√(b²−4ac).",
    "emoji": "Great job 👍🏽! Family 👨\u200d👩\u200d👧 and flags 🇯🇵🇫🇷, rainbow 🏳️\u200d🌈, ❤️.",
    "symbols": "© 2024 ACME™ — «quotes» „Anführung“ ‘single’ …ellipsis · middot • bullet ° degree ½ ¼ ¾.",
    "latin1-names": "Ångström, Øresund, Þórsmörk, Ærø, Ñandú, Çağlar, Müller, Ægir, façade.",
    "pinyin": "汉语拼音：nǐ hǎo（你好），zhōng guó（中国）；学生要学会读(dú)和写(xiě)。",
    "fullwidth": "ＡＢＣ１２３，（全角）：？！「」『』【】〔〕…—～",
    "questions": "你好??我是小明。真的吗?是的!为什么?因为下雨了。",
    "cantonese": "佢哋喺度食緊飯，我哋一陣先過嚟啦，唔好咁心急。嘅咗唔冇嘢啲咩嚟乜嘢都冇㗎。",
    "chemistry": "氕氘氚是氫的三種同位素；鈽、鈾、釷、鐳、錒、鏷是放射性元素，羥基、羧基、巰基。",
    "rare-questions": "魑魅魍魎?饕餮?這些字你認識嗎?耄耋?齟齬不斷，躊躇滿志，觥籌交錯。",
}


@pytest.mark.parametrize("lang", sorted(CLEAN))
def test_clean_text_has_no_enc_problem(enc_text, lang):
    result = enc_text(f"{CLEAN[lang]}\n{CLEAN[lang]}\n")
    assert result.diagnostics == [], [d.message for d in result.diagnostics]


@pytest.mark.parametrize("lang", ["zh-Hans", "zh-Hant", "ja", "ko", "ru", "de"])
def test_clean_text_in_its_legacy_codec_only_gets_the_file_rule(enc_bytes, lang):
    codec = {"zh-Hans": "gbk", "zh-Hant": "big5", "ja": "shift_jis", "ko": "euc_kr", "ru": "cp1251",
             "de": "cp1252"}[lang]
    text = "\n".join([CLEAN[lang]] * 3) + "\n"
    result = enc_bytes(text.encode(codec))
    assert result.codes == ["ENC001"]


def test_seeds_without_encoding_damage_are_clean(enc_text, seed_text):
    for prefix in ("001", "002"):
        assert enc_text(seed_text(prefix)).diagnostics == []
