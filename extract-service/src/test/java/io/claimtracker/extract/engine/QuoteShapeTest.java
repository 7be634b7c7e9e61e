package io.claimtracker.extract.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Quotes over paragraphs, split by their cue, nested, and partial quotes inside reported speech. */
class QuoteShapeTest {

    private final ClaimExtractor engine = new ClaimExtractor();

    @Test
    void aQuoteOverParagraphsIsOneClaimReopenedAtEachParagraph() {
        String text = "Alan Hale said: “I invite them to join hands with us.\n\n“Our door is always open.\n\n"
                + "“Their secrets will always be safe with us.”\n\nThe talks went on.";

        Extraction x = engine.extract(text);

        assertThat(x.claims()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ClaimKind.DIRECT);
            assertThat(c.text()).startsWith("I invite them").contains("Our door is always open.")
                    .endsWith("safe with us.");
            assertThat(c.speaker().name()).isEqualTo("Alan Hale");
        });
    }

    @Test
    void aQuoteSplitByItsCueIsOneClaimWithTwoParts() {
        String text = "Tom Reyes spoke next. “He should have seen that something is rotten,” quoting Hamlet, "
                + "“and he had to break this deal.”";

        Extraction x = engine.extract(text);

        assertThat(x.claims()).singleElement().satisfies(c -> {
            assertThat(c.speaker().name()).isEqualTo("Tom Reyes");
            assertThat(c.cue()).isEqualTo("quoting Hamlet");
            assertThat(c.parts()).hasSize(2);
            assertThat(text.substring(c.parts().get(1).start(), c.parts().get(1).end()))
                    .isEqualTo("and he had to break this deal.");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            the cue ends on a state's abbreviation     | Tom Reyes spoke.\\n\\n“Her record is not good,” Reyes said at a rally in Albany, N.Y. “She worked to export it.” | She worked to export it.
            the quotation goes on after ', and'          | Tom Reyes spoke.\\n\\n"This deal must come with enforcement," Reyes said, and "clear consequences for any violations." | clear consequences for any violations.
            an opening mark with a space closes the last | Tom Reyes spoke.\\n\\n“They can look at the polls,” he said. “They see that. “ | They see that.
            """)
    void aQuoteSplitByItsCueKeepsItsSecondPart(String name, String text, String second) {
        String article = text.replace("\\n", "\n");

        Extraction x = engine.extract(article);

        assertThat(x.claims()).as(name).singleElement().satisfies(c -> {
            assertThat(c.speaker().name()).isEqualTo("Tom Reyes");
            assertThat(c.parts()).hasSize(2);
            assertThat(article.substring(c.parts().get(1).start(), c.parts().get(1).end())).isEqualTo(second);
        });
    }

    @Test
    void twoQuotesRunTogetherWhereAParagraphBreakWasLostAreOneQuotation() {
        String text = "Ben Ortiz spoke.\n\nOrtiz said: “Both parties saw the country as reeling under pressure.“"
                + "“In that sense, it was like pushing on an open door.”";

        Extraction x = engine.extract(text);

        assertThat(x.claims()).singleElement().satisfies(c -> {
            assertThat(c.speaker().name()).isEqualTo("Ben Ortiz");
            assertThat(c.parts()).hasSize(2);
            assertThat(text.substring(c.parts().get(1).start(), c.parts().get(1).end()))
                    .isEqualTo("In that sense, it was like pushing on an open door.");
        });
    }

    @Test
    void partialQuotesJoinedByAndAreOneClaimInParts() {
        String text = "Ann Kile said the crowd chanted “We are Orlando” and “Disarm hate.”";

        Extraction x = engine.extract(text);

        assertThat(x.claims()).filteredOn(c -> c.kind() != ClaimKind.INDIRECT).singleElement().satisfies(c -> {
            assertThat(c.speaker().name()).isEqualTo("the crowd");
            assertThat(c.parts()).extracting(p -> text.substring(p.start(), p.end()))
                    .containsExactly("We are Orlando", "Disarm hate.");
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a letter for a word         | “We love rock 'n' roll,” Kile said. | We love rock 'n' roll
            a Dutch article             | “Europe is falling apart,” said Ann in 't Kile. | Europe is falling apart
            a decade                    | “We grew up in the ‘90s, and it shows,” Kile said. | We grew up in the ‘90s, and it shows
            a year in a reported clause | Ann Kile said in ‘08 that “the voters are changing.” | the voters are changing.
            an apostrophe after a name  | On CBS‘ Face the Nation, Ann Kile said, “The voters are changing.” | The voters are changing.
            """)
    void singleMarksThatAreApostrophesOpenNoQuote(String name, String text, String quote) {
        Extraction x = engine.extract(text);

        assertThat(x.claims()).as(name).allSatisfy(c -> assertThat(c.text()).isEqualTo(quote))
                .anySatisfy(c -> assertThat(c.kind()).isIn(ClaimKind.DIRECT, ClaimKind.PARTIAL));
    }

    @Test
    void aPartialQuoteSplitByItsCueJoinsItsSecondPartOnlyWhenTheSentenceGoesOn() {
        String joined = "Ann Kile spoke.\n\nSupport for him means “he must be doing something right,” she says, "
                + "“but I don't know if I would vote for him.”";
        String apart = "Ann Kile spoke.\n\nTom Reyes called it “a disaster,” Kile said. “We need a plan.”";

        assertThat(engine.extract(joined).claims()).anySatisfy(c -> {
            assertThat(c.parts()).hasSize(2);
            assertThat(c.speaker().name()).isEqualTo("Ann Kile");
        });
        assertThat(engine.extract(apart).claims()).allSatisfy(c -> assertThat(c.parts()).isEmpty());
    }

    @Test
    void aStrayClosingMarkWithNoQuotationAfterItOpensNothing() {
        Extraction x = engine.extract("Ann Kile spoke. The crowd cheered.” Then the band played for an hour.");

        assertThat(x.claims()).isEmpty();
    }

    @Test
    void aClosingSingleMarkTypedAsAnOpeningOneClosesTheQuote() {
        String text = "Ann Kile spoke. “We should have said ‘over our dead bodies‘, because we meant it,” Kile said.";

        Extraction x = engine.extract(text);

        assertThat(x.claims()).extracting(ExtractedClaim::text).containsExactlyInAnyOrder(
                "We should have said ‘over our dead bodies‘, because we meant it", "over our dead bodies");
    }

    @Test
    void aSentenceBrokenByALineBreakStaysOneParagraph() {
        String text = "Ben Ortiz spoke.\n\n“Supporters of the others,” Ortiz added, “have focused on paid advertising"
                + "\nin caucuses and primaries.”\n\nCruz is a lawyer.";

        Extraction x = engine.extract(text);

        assertThat(x.claims()).singleElement().satisfies(c -> {
            assertThat(c.speaker().name()).isEqualTo("Ben Ortiz");
            assertThat(c.text()).startsWith("Supporters of the others").endsWith("in caucuses and primaries.");
        });
    }

    @Test
    void anInnerQuoteBelongsToWhomTheOuterSpeakerQuotes() {
        String text = "Yuri Orlov led the revolt. Alan Hale gave a speech on Monday.\n\n“Orlov demolished the charade "
                + "when he said, and I quote Orlov’s own words, ‘The war was needed for the minister to receive a "
                + "medal.’ That says it all,” Hale said.";

        Extraction x = engine.extract(text);

        assertThat(x.claims()).filteredOn(c -> c.text().startsWith("Orlov demolished")).singleElement()
                .satisfies(c -> assertThat(c.speaker().name()).isEqualTo("Alan Hale"));
        assertThat(x.claims()).filteredOn(c -> c.text().startsWith("The war was needed")).singleElement()
                .satisfies(c -> {
                    assertThat(c.speaker().name()).isEqualTo("Yuri Orlov");
                    assertThat(c.reportedBy()).isEqualTo("Alan Hale");
                });
    }

    @Test
    void aReplyThatQuotesTheOtherSideGivesTheWordsBackToThem() {
        String text = "Alan Hale said the door was open. “Our door is always open,” Hale said.\n\n"
                + "“As for “open doors and keeping secrets,” you might be believed if you showed us proof,” "
                + "Maria Ivanova said in a statement.";

        Extraction x = engine.extract(text);

        assertThat(x.claims()).filteredOn(c -> c.text().equals("open doors and keeping secrets")).singleElement()
                .satisfies(c -> {
                    assertThat(c.speaker().name()).isEqualTo("Alan Hale");
                    assertThat(c.reportedBy()).isEqualTo("Maria Ivanova");
                });
    }

    @Test
    void partialQuotesInsideReportedSpeechAreBothPartialAndIndirect() {
        String text = "Alan Hale added that the UK’s “door is always open”, and that offers of help would be met "
                + "with “discretion and professionalism”.";

        Extraction x = engine.extract(text);

        assertThat(x.claims()).extracting(ExtractedClaim::kind, ExtractedClaim::text).contains(
                org.assertj.core.groups.Tuple.tuple(ClaimKind.PARTIAL, "door is always open"),
                org.assertj.core.groups.Tuple.tuple(ClaimKind.PARTIAL, "discretion and professionalism"));
        assertThat(x.claims()).filteredOn(c -> c.kind() == ClaimKind.INDIRECT).singleElement()
                .satisfies(c -> assertThat(c.text()).startsWith("the UK’s “door is always open”"));
        assertThat(x.claims()).allSatisfy(c -> assertThat(c.speaker().name()).isEqualTo("Alan Hale"));
    }

    @Test
    void aQuoteWithoutCueContinuesThePreviousSpeaker() {
        String text = "“I invite them to join us,” Alan Hale said.\n\n“We will handle their offers with discretion.”";

        Extraction x = engine.extract(text);

        assertThat(x.claims()).hasSize(2).allSatisfy(c -> assertThat(c.speaker().name()).isEqualTo("Alan Hale"));
        assertThat(x.claims().get(1).speaker().start()).isEqualTo(-1);
    }
}
