package io.claimtracker.extract.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Names, honorifics, pronouns and descriptions resolved only from what the article itself establishes. */
class SpeakerResolutionTest {

    private final ClaimExtractor engine = new ClaimExtractor();

    @Test
    void twoPeopleSharingAFirstNameAreNeverConfused() {
        String text = "Sir Richard Hale, the spy chief, spoke in Rome. Sir Richard said: “Our door is open.”\n\n"
                + "Ex-Army officer Col Richard Kemble warned that any move could come \"very fast\".\n\n"
                + "Col Kemble said the plot could be found. Sir Richard said the talks would go on.";

        Extraction x = engine.extract(text);

        assertThat(x.claims()).filteredOn(c -> c.text().equals("Our door is open."))
                .singleElement().satisfies(c -> assertThat(c.speaker().name()).isEqualTo("Richard Hale"));
        assertThat(x.claims()).filteredOn(c -> c.text().equals("very fast"))
                .singleElement().satisfies(c -> assertThat(c.speaker().name()).isEqualTo("Richard Kemble"));
        assertThat(x.claims()).filteredOn(c -> c.text().equals("the plot could be found"))
                .singleElement().satisfies(c -> assertThat(c.speaker().name()).isEqualTo("Richard Kemble"));
        assertThat(x.claims()).filteredOn(c -> c.text().equals("the talks would go on"))
                .singleElement().satisfies(c -> assertThat(c.speaker().name()).isEqualTo("Richard Hale"));
    }

    @Test
    void aDescriptionIsResolvedThroughTheArticlesOwnApposition() {
        String text = "Alan Hale, the spy agency's chief, spoke on Monday. Maria Ivanova replied on Tuesday.\n\n"
                + "The spy chief said the service would handle every offer with discretion.";

        Extraction x = engine.extract(text);

        assertThat(x.claims()).singleElement().satisfies(c -> {
            assertThat(c.speaker().name()).isEqualTo("Alan Hale");
            assertThat(c.speaker().mention()).isEqualTo("The spy chief");
            assertThat(c.speaker().named()).isTrue();
        });
    }

    @Test
    void thePronounFollowsTheSubjectNotTheLastNameMentioned() {
        String text = "Alan Hale quoted Yuri Orlov as saying, “the clan that rules needed a war”. "
                + "He added that the revolt “exposed the decay of the regime”.";

        Extraction x = engine.extract(text);

        assertThat(x.claims()).filteredOn(c -> c.text().equals("the clan that rules needed a war")).singleElement()
                .satisfies(c -> {
                    assertThat(c.speaker().name()).isEqualTo("Yuri Orlov");
                    assertThat(c.reportedBy()).isEqualTo("Alan Hale");
                });
        assertThat(x.claims()).filteredOn(c -> c.text().equals("exposed the decay of the regime")).singleElement()
                .satisfies(c -> assertThat(c.speaker().name()).isEqualTo("Alan Hale"));
    }

    @Test
    void theSpeakerMentionPointsAtTheTextAsWritten() {
        String text = "Mr. Jean-Luc Picard, 62, said the ship would sail at dawn.";

        ExtractedClaim c = engine.extract(text).claims().get(0);

        assertThat(c.speaker().name()).isEqualTo("Jean-Luc Picard");
        assertThat(text.substring(c.speaker().start(), c.speaker().end())).isEqualTo(c.speaker().mention());
    }

    @Test
    void theCanonicalNameLeavesOutInitialsAndSuffixesButKeepsMiddleNames() {
        String text = "Vice President Joseph R. Biden Jr. said the talks would go on.\n\n"
                + "Orlan warned of the risk on Monday. President Ivan Tarkan Orlan said the border would stay shut.";

        Extraction x = engine.extract(text);

        assertThat(x.claims()).filteredOn(c -> c.text().equals("the talks would go on")).singleElement()
                .satisfies(c -> assertThat(c.speaker().name()).isEqualTo("Joseph Biden"));
        assertThat(x.claims()).filteredOn(c -> c.text().equals("the border would stay shut")).singleElement()
                .satisfies(c -> assertThat(c.speaker().name()).isEqualTo("Ivan Tarkan Orlan"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a title with its office, quote      | “We will not stop,” Secretary of State Jon Kerrey said. | Jon Kerrey
            an office with 'the'                | “We will not stop,” Speaker of the House Paul Rayan said. | Paul Rayan
            a surname alone after the office    | As Secretary of State Clinten said, the talks will go on for a month. | Clinten
            a two-word office                   | Director of National Intelligence Jim Clappe said the talks would go on. | Jim Clappe
            a senator of a state, inverted      | “It is not easy,” said Representative Peter T. Kong of New York, who endorsed him. | Peter Kong
            """)
    void theOfficeInATitleIsNotPartOfTheName(String name, String text, String speaker) {
        assertThat(engine.extract(text).claims()).as(name).isNotEmpty()
                .allSatisfy(c -> assertThat(c.speaker().name()).isEqualTo(speaker));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            capitalised             | They said the plan would fail before the vote. | they | They
            with a verb attached    | I’m telling you the plan will fail before the vote. | I | I’m
            """)
    void aPronounNobodyIsNamedForIsNamedByThePronounItself(String name, String text, String speaker, String mention) {
        assertThat(engine.extract(text).claims()).as(name).singleElement().satisfies(c -> {
            assertThat(c.speaker().name()).isEqualTo(speaker);
            assertThat(c.speaker().mention()).isEqualTo(mention);
        });
    }

    @Test
    void aPronounSkipsAPlaceOrAPlatformThatNeverSpoke() {
        String text = "Ann Kile took to Twitter to say thanks.\n\n“This is your win,” she wrote.\n\n"
                + "Tom Reyes helped found EDGE, a small group.\n\n“We will go on,” he said.";

        assertThat(engine.extract(text).claims()).extracting(c -> c.speaker().name())
                .containsExactly("Ann Kile", "Tom Reyes");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a group that spoke           | Tom Reyes spoke first.\\n\\nDemocrats said the bill would fail. He added that the vote was rigged. | the vote was rigged | Tom Reyes
            a surname that looks plural  | Tom Reyes spoke first.\\n\\nEvans said the bill would fail. He added that the vote was rigged. | the vote was rigged | Evans
            a contraction opening a line | Ann Kile ran the company. Don't expect miracles, analysts warned.\\n\\nShe claimed she would retire. | she would retire | Ann Kile
            a place before a title       | Former Utah governor Jo Brawer, an early backer, toured Ohio. “We are ready,” she said. | We are ready | Jo Brawer
            a place before a title of    | Former US secretary of state Madlin Albrite spoke first. She added that the vote was rigged. | the vote was rigged | Madlin Albrite
            """)
    void aPronounIsNeverAGroupOrAVerb(String name, String text, String content, String speaker) {
        assertThat(engine.extract(text.replace("\\n", "\n")).claims()).as(name)
                .filteredOn(c -> c.text().equals(content)).singleElement()
                .satisfies(c -> assertThat(c.speaker().name()).isEqualTo(speaker));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a place made an adjective     | “Carson is cratering,” Texas-based Matt Mackowak said. | Matt Mackowak
            a role with a prefix          | “Why now?” Co-moderator Andrea Mitchel asked. | Andrea Mitchel
            """)
    void aHyphenatedModifierIsNotPartOfTheName(String name, String text, String speaker) {
        assertThat(engine.extract(text).claims()).as(name).singleElement()
                .satisfies(c -> assertThat(c.speaker().name()).isEqualTo(speaker));
    }

    @Test
    void aNegatedAuxiliaryAfterTheNameIsNotPartOfIt() {
        String text = "Tad Devane, the campaign's strategist, spoke on Monday. Devane didn't say the defeat would last.";

        assertThat(engine.extract(text).claims()).singleElement()
                .satisfies(c -> assertThat(c.speaker().mention()).isEqualTo("Devane"));
    }

    @Test
    void aNameInAPhraseSetOffByCommasIsNotTheSubject() {
        String text = "Sen. Chuck Grassle, facing a spirited challenge in Iowa, a swing state, said he would welcome Cruz.";

        assertThat(engine.extract(text).claims()).singleElement()
                .satisfies(c -> assertThat(c.speaker().name()).isEqualTo("Chuck Grassle"));
    }

    @Test
    void aPartyBeforeTheNameIsADescriptionNotPartOfTheName() {
        String text = "Republican Donald Trumble said the wall would be built within a year.";

        assertThat(engine.extract(text).claims()).singleElement()
                .satisfies(c -> assertThat(c.speaker().name()).isEqualTo("Donald Trumble"));
    }

    @Test
    void aQuoteInsideALabelledTurnIsPartOfTheTurnNotASecondClaim() {
        String text = "Gov. Mary Fallon: Tom Reyes Is ‘Trying To Campaign As A Healer.’\n\n"
                + "Governor Mary Fallon spoke about Tom Reyes on Monday.";

        Extraction x = engine.extract(text);

        assertThat(x.claims()).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("Tom Reyes Is ‘Trying To Campaign As A Healer.’");
            assertThat(c.speaker().name()).isEqualTo("Mary Fallon");
        });
    }

    @Test
    void aNicknameInQuoteMarksIsPartOfTheName() {
        String text = "\"This is a big year for us!\" Marcia \"Cia\" Prise shouted to the crowd.";

        assertThat(engine.extract(text).claims()).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("This is a big year for us!");
            assertThat(c.speaker().mention()).isEqualTo("Marcia \"Cia\" Prise");
        });
    }

    @Test
    void aSpanOfTimeOpeningTheSentenceIsNoSpeaker() {
        String text = "Ann Kile spoke on Monday.\n\nOne month after announcing his support for Tom Reyes, Ann Kile "
                + "still believes that Reyes is unfit to lead.\n\nTwo weeks later said the plan had failed, and "
                + "Kile explained that she had warned of it.";

        Extraction x = engine.extract(text);

        assertThat(x.claims()).isNotEmpty().allSatisfy(c -> assertThat(c.speaker().name())
                .doesNotStartWith("One month").doesNotStartWith("Two weeks"));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a date, then a clause          | On Thursday, after the primary, Ann Kile endorsed Reyes, saying, “He is the fighter we need.” | Ann Kile
            an 'as' clause with its cue    | Of course, as Joel Pollick observed, the winner was not on stage:\\n\\n“The network won the night.” | Joel Pollick
            a verb before 'to' and the cue | Ann Kile spoke first. Later Ann Kile seemed to say, “We will not give up.” | Ann Kile
            'Neither' before the name      | Neither Ann Kile nor her aides spoke. Later, Kile said, “We will be back.” | Ann Kile
            """)
    void theSpeakerIsFoundPastOpeningWords(String name, String text, String speaker) {
        assertThat(engine.extract(text.replace("\\n", "\n")).claims()).as(name)
                .filteredOn(c -> c.kind() == ClaimKind.DIRECT).singleElement()
                .satisfies(c -> assertThat(c.speaker().name()).isEqualTo(speaker));
    }

    @Test
    void aSurnameSharedByTwoPeopleGoesToTheOneTheArticleNamesMost() {
        String text = "Rep. Alan Graysen spoke first. Alan Graysen said the race was close.\n\n"
                + "His former wife, Lolita Graysen, wrote a letter.\n\n“We will win,” Graysen said.";

        assertThat(engine.extract(text).claims()).filteredOn(c -> c.text().equals("We will win")).singleElement()
                .satisfies(c -> assertThat(c.speaker().name()).isEqualTo("Alan Graysen"));
    }
}
