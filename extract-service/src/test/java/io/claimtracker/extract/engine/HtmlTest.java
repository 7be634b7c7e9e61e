package io.claimtracker.extract.engine;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** HTML goes through text extraction; offsets point into the extracted text the result carries. */
class HtmlTest {

    private final ClaimExtractor engine = new ClaimExtractor();

    @Test
    void paragraphsSurviveAndClutterElementsAreDropped() {
        String html = "<html><head><title>t</title><script>var q = \"“not a quote,” said Nobody\";</script></head>"
                + "<body><nav>Home » News</nav><article><h1>Spy chief urges defection</h1>"
                + "<p>Alan Hale spoke in Rome.</p><figure><img src=x><figcaption>Alan Hale said the door is open. "
                + "Photo: Getty</figcaption></figure>"
                + "<p>He said: &ldquo;Our door is always <b>open</b>.</p><p>&ldquo;Their secrets are safe.&rdquo;</p>"
                + "</article><footer>© 2023</footer></body></html>";

        Extraction x = engine.extractHtml(html);

        assertThat(x.text()).contains("Alan Hale spoke in Rome.\n\nHe said: “Our door is always open.")
                .doesNotContain("Nobody").doesNotContain("Getty").doesNotContain("Home »");
        assertThat(x.claims()).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("Our door is always open.\n\n“Their secrets are safe.");
            assertThat(c.speaker().name()).isEqualTo("Alan Hale");
        });
        RobustnessTest.assertConsistent(x.text(), x);
    }

    @Test
    void brokenHtmlStillYieldsText() {
        Extraction x = engine.extractHtml("<p>Alan Hale said: “We are ready.<p><div><b>unclosed");

        assertThat(x.text()).startsWith("Alan Hale said: “We are ready.");
        assertThat(x.claims()).isNotEmpty();
    }
}
