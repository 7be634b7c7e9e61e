package io.claimtracker.extract.engine;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

import java.util.Set;

/**
 * The readable text of an HTML page, one block element per line so paragraphs survive: scripts, styles, forms,
 * navigation, asides, footers and figure captions are left out, inline whitespace is collapsed.
 */
final class HtmlText {

    private static final Set<String> SKIPPED = Lexicon.words(
            "script", "style", "noscript", "template", "svg", "iframe", "form", "button", "nav", "aside", "footer",
            "figcaption", "select", "option", "head", "canvas", "video", "audio", "object");

    private static final Set<String> BLOCKS = Lexicon.words(
            "p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol", "br", "tr", "table", "blockquote",
            "section", "article", "header", "main", "figure", "dd", "dt", "dl", "pre", "hr", "title", "time",
            "address", "caption", "td", "th");

    private HtmlText() {
    }

    static String of(String html) {
        Element body = Jsoup.parse(html).body();
        StringBuilder out = new StringBuilder(html.length() / 2);
        NodeTraversor.traverse(new NodeVisitor() {
            int skipping = 0;

            @Override
            public void head(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (SKIPPED.contains(tag)) {
                        skipping++;
                    } else if (skipping == 0 && BLOCKS.contains(tag)) {
                        newline(out);
                    }
                } else if (node instanceof TextNode t && skipping == 0) {
                    appendCollapsed(out, t.getWholeText());
                }
            }

            @Override
            public void tail(Node node, int depth) {
                if (node instanceof Element e) {
                    String tag = e.normalName();
                    if (SKIPPED.contains(tag)) {
                        skipping--;
                    } else if (skipping == 0 && BLOCKS.contains(tag)) {
                        newline(out);
                    }
                }
            }
        }, body);
        // trim spaces at line ends and collapse runs of blank lines to one
        StringBuilder clean = new StringBuilder(out.length());
        int blank = 0;
        for (String line : out.toString().split("\n", -1)) {
            String l = line.strip();
            if (l.isEmpty()) {
                blank++;
                continue;
            }
            if (clean.length() > 0) {
                clean.append(blank > 0 ? "\n\n" : "\n");
            }
            blank = 0;
            clean.append(l);
        }
        return clean.toString();
    }

    private static void newline(StringBuilder out) {
        if (out.length() > 0 && out.charAt(out.length() - 1) != '\n') {
            out.append('\n');
        }
        out.append('\n');
    }

    private static void appendCollapsed(StringBuilder out, String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                if (out.length() > 0 && out.charAt(out.length() - 1) != ' ' && out.charAt(out.length() - 1) != '\n') {
                    out.append(' ');
                }
            } else {
                out.append(c);
            }
        }
    }
}
