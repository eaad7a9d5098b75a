"""No MIX rule flags clean text, in any language (texts written for this test)."""
from __future__ import annotations

import pytest

from doclint.rules.mix import RULES

CLEAN = {
    "zh-Hans": "今天的会议讨论了城市交通问题。\n专家们认为应该发展公共交通，减少私家车出行。\n"
               "《红楼梦》是中国古典小说的代表作之一，作者曹雪芹。\n干部们在村里后山种了一片台湾松树。",
    "zh-Hant-TW": "臺北市政府今天宣布新的交通政策。\n專家們認為應該發展大眾運輸，減少私家車。\n"
                  "這本《红楼梦》的簡體版在書店裡也買得到。\n他們著手準備明年的預算。",
    "zh-Hant-HK": "香港天文台表示，明日天氣晴朗。\n市民説今年夏天特別熱，要多喝水。\n"
                  "政府衞生署提醒大家注意防暑。",
    "zh-Hant-OpenCC": "經濟發展帶來了新的機會，也帶來了環境保護的壓力。\n衆人爲此討論了很久，着手制定計劃。",
    "ja": "東京駅の近くに新しい図書館が開館しました。\n天気予報によると、明日は雨が降るそうです。\n"
          "ＮＨＫのニュースで２０２４年の経済見通しが報じられた。\n断固とした態度で臨む。",
    "ko": "서울시는 오늘 새로운 교통 정책을 발표했다.\n한국 ＫＢＳ 방송에 따르면 내일은 비가 온다.\n"
          "大韓民國 憲法 第一條.",
    "ru": "Москва — столица России.\nВчера мы ходили в театр и смотрели новый спектакль.\n"
          "Компания Яндекс открыла новый офис в Казани.",
    "el": "Η Αθήνα είναι η πρωτεύουσα της Ελλάδας.\nΟ καιρός σήμερα είναι ηλιόλουστος και ζεστός.",
    "en": "The α-helix is a common protein structure.\nUse a 4.7 kΩ resistor; the filter passes 2.5 μm particles.\n"
          "Gagarin (Гагарин) was the first human in space.\nPinyin for 中国 is Zhōngguó (zhōng guó).",
    "de": "Die Straße war nass, weil es die ganze Nacht geregnet hatte.\nÜber 50 % der Befragten stimmten zu.",
    "pinyin-lesson": "今天学习声调：妈(mā) 麻(má) 马(mǎ) 骂(mà)。\n中(zhōng)国(guó)\n"
                     "协 (xié) 的意思是共同；经济 (jīng jì) 是常用词。",
}


@pytest.mark.parametrize("lang", sorted(CLEAN))
def test_clean_text_produces_nothing(check, lang):
    for rule in RULES:
        assert check(rule, CLEAN[lang]).diagnostics == [], (lang, rule.code)
