"""kg/pages/slim.py: vis-network's stylesheet without the rules of features the graph page never turns on."""
from __future__ import annotations

import re

from kg.pages import render
from kg.pages.slim import drop_rules

UNUSED = ("vis-manipulation", "vis-navigation")


def test_rules_of_unused_features_go_the_others_stay_byte_for_byte():
    css = ("div.vis-tooltip{position:absolute}div.vis-network div.vis-manipulation{height:28px}"
           "div.vis-navigation div.vis-button.vis-up{background:url(data:image/png;base64,AAAA)}.vis-active{color:red}")
    assert drop_rules(css, *UNUSED) == "div.vis-tooltip{position:absolute}.vis-active{color:red}"


def test_a_selector_list_keeps_the_selectors_naming_no_unused_feature():
    css = "div.vis-manipulation button,div.vis-tooltip span{margin:0}"
    assert drop_rules(css, *UNUSED) == "div.vis-tooltip span{margin:0}"


def test_a_class_that_only_starts_with_an_unused_name_is_kept():
    css = ".vis-manipulation-box{x:1}.vis-navigation{y:2}"
    assert drop_rules(css, *UNUSED) == ".vis-manipulation-box{x:1}"


def test_a_stylesheet_not_read_as_a_flat_list_of_rules_is_kept_whole():
    for css in ("@media print{.vis-manipulation{x:1}}", "/* c */.vis-manipulation{x:1}", ".a{x:1} junk"):
        assert drop_rules(css, *UNUSED) == css


def test_a_selector_with_brackets_is_kept_whole():  # its comma may be its own: :not(a,b)
    assert drop_rules(":not(.vis-navigation,.a){x:1}.vis-navigation{y:1}", *UNUSED) == ":not(.vis-navigation,.a){x:1}"


def test_the_graph_page_keeps_the_tooltip_and_drops_the_toolbar_pictures():
    js, css = render.vis_assets()

    names = re.findall(r'"(vis-[a-z-]+)"', (render.Path(render.__file__).parent / "templates" / "index.html").read_text(encoding="utf-8"))
    slim = drop_rules(css, *names)
    assert "div.vis-tooltip{" in slim and "data:image" in css and "data:image" not in slim
    assert len(slim) < len(css) / 100

