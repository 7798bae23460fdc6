"""A logo SVG that would load anything from outside itself is refused, naming what it loads."""

from __future__ import annotations

from recbook.load.assets import image_problem

SVG = b'<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="40" height="20">%s</svg>'


def test_every_outside_link_is_named_once_in_document_order() -> None:
    body = (b'<image xlink:href="http://a.example/1.png"/><image href="../secret.png"/>'
            b'<image xlink:href="http://a.example/1.png"/><use href="#local"/>')
    assert image_problem(SVG % body) == (
        "an SVG that loads http://a.example/1.png, ../secret.png; embed the pictures or remove the links")


def test_urls_in_styles_and_presentation_attributes_count_as_links() -> None:
    body = (b'<style>@import "http://c.example/a.css"; rect { fill: url( \'http://c.example/p.svg#p\' ) }</style>'
            b'<rect style="filter:url(file:///etc/passwd)" fill="url(#gradient)"/>'
            b'<circle stroke="url(http://d.example/s.svg#s)" fill="url(data:image/png;base64,AAAA)"/>'
            b'<image href="http://e.example/e.png"/>')
    assert image_problem(SVG % body) == (
        "an SVG that loads http://c.example/a.css, http://c.example/p.svg#p, file:///etc/passwd and 2 more; "
        "embed the pictures or remove the links")


def test_an_svg_drawing_only_from_itself_is_accepted() -> None:
    body = (b'<defs><linearGradient id="g"/></defs><style>rect { fill: url(#g) }</style>'
            b'<rect fill="url(#g)" style="stroke:url(#g)"/><image href="data:image/png;base64,AAAA"/><rect fill="url()"/>')
    assert image_problem(SVG % body) is None
