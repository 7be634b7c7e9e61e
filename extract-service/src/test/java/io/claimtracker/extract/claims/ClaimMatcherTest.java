package io.claimtracker.extract.claims;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Pairs of real-style statements of one speaker: the same claim reworded, or different claims. */
class ClaimMatcherTest {

    @ParameterizedTest(name = "same: {0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            // trimming and partial quotes
            "Our door is always open. | door is always open",
            "Our door is always open | the UK’s “door is always open”",
            "We will handle their offers of help with the discretion and professionalism for which our service is famed. | discretion and professionalism",
            "Their secrets will always be safe with us and together we will work to bring the bloodshed to an end. | their secrets will always be safe with us.",
            "My service lives by the principle that our loyalty to our agents is lifelong and our gratitude eternal. | Our loyalty to our agents is lifelong… our gratitude eternal",
            // typos and spelling
            "“tugs of conscious” | many more Russians are wrestling with the same dilemmas and the same tugs of conscience as their predecessors did in 1968.",
            // one distinctive quoted word
            "pulverizing | There are many Russians today who are silently appalled by the sight of their armed forces pulverising Ukrainian cities",
            "humiliation. | was instead forced to make a “humiliating deal” to end the insurgency",
            "betray | If Russian mercenaries can betray Putin, who else might they betray?",
            "the oligarch clan that rules Russia needed a war | The oligarchic clan that rules Russia needed the war.",
            "I invite them to do what others have already done this past 18 months and join hands with us. | I invite them to do what others have already done this past 18 monthsand join hands with us.",
            "We will not raise taxes on the middle class | we won't raise taxes on the middle class",
            // editorial insertions
            "I invite them [disillusioned Russians] to do what others have already done | I invite them to do what others have already done",
            // translation-style rewording
            "There are many Russians today who are silently appalled by the sight of their armed forces pulverising Ukrainian cities, expelling innocent families from their homes and kidnapping thousands of children. | there are many Russians today who are silently appalled at the sight of their armed forces razing Ukrainian cities to the ground, driving innocent families from their homes and kidnapping thousands of children.",
            "They are watching in horror as their soldiers ravage a kindred country. | They watch in horror as their soldiers ravage their kindred country.",
            "The economy added 200,000 jobs last month, the best showing this year | the economy added 200,000 jobs last month",
            // near-synonyms of a rewording or translation (examples not from the seeds)
            "The army destroyed three villages near the border last week | the army razed three villages near the border",
            "The election results in the northern provinces were fraudulent | the election results in the northern provinces were falsified",
            "We signed an agreement with Mexico on border security that will last ten years | We signed a deal with Mexico on border security",
            "The governor should resign immediately | the governor should quit immediately",
            "The rebels abducted dozens of schoolgirls from their dormitory in the night | rebels kidnapped dozens of schoolgirls from their dormitory",
            "Ryan said he is not ready to support the nominee | he is not ready to endorse the nominee",
            // one side holds both opposites: not a contradiction
            "we will cut spending on defense and raise taxes on the rich | we will raise taxes on the rich",
            // both reports quote one unusual word of the speaker and share another word of their own
            "the pension reform the government was forced to accept was an “abomination” | was forced to accept an “abominable” pension deal to keep the coalition together",
            "the pension reform the government was forced to accept was an \"abomination | was forced to accept an “abominable” pension deal to keep the coalition together",
            // a short quote of long words, found with function words changed or inside an "of" phrase
            "suffering from depression | many soldiers suffering from bouts of depression after they return",
            "undermining this institution | he is undermining the credibility of this institution",
            // a catchphrase of everyday words, repeated with a filler
            "I’m not quite there yet. | And I’m just not quite there yet.",
            "I can say with confidence there has never been a man or a woman more qualified than Hillary Clinton to serve as President | I can say with confidence there has never been a man or a woman, not me, not Bill [Clinton], nobody more qualified than Hillary Clinton to serve as president",
    })
    void sameClaim(String a, String b) {
        Wording x = Wording.of(a);
        Wording y = Wording.of(b);
        assertThat(ClaimMatcher.sameClaim(x, y)).isTrue();
        assertThat(ClaimMatcher.sameClaim(y, x)).isTrue();
    }

    @ParameterizedTest(name = "different: {0} ~ {1}")
    @CsvSource(delimiter = '|', value = {
            "Their secrets will always be safe with us | Our door is always open",
            "open doors and keeping secrets | Our door is always open",
            "open doors and keeping secrets | Their secrets will always be safe with us",
            "There are many Russians today who are silently appalled by the sight of their armed forces | Many Russians are wrestling with the same dilemmas and the same tugs of conscience",
            "They are watching in horror as their soldiers ravage a kindred country. | They know in their hearts that Putin’s case for attacking a fellow Slavic nation is fraudulent.",
            "Putin “didn’t really resist” Prigozhin | Putin really resisted Prigozhin",
            "We will raise taxes on the middle class | We will cut taxes on the middle class and raise them on the rich",
            "Hillary Clinton is a liar | Donald Trump is a liar",
            "struggling with their conscience | the same dilemmas and the same tugs of conscience",
            "share secrets with MI6 | Their secrets will always be safe with us",
            "Iraq | I was totally against going into Iraq",
            "great | We are going to make America great again",
            "I don't know. | We should have never been there.",
            "I don’t know what she was thinking | Look, he should have never been there.",
            "co-founder | No, I meant he’s the founder of ISIS.",
            "I don’t think he would be a Republican. | If another Ronald Reagan came along right now, I don’t think the Republican Party would accept him.",
            "Although the Second Amendment people, maybe there is. | Although the Second Amendment people, maybe there is not.",
            "I don't know. | I don’t know what she was thinking",
            "in politics it takes time to develop those relationships | I strongly support Paul Ryan, strongly endorse his re-election",
            "As I looked out there at the eyes of our neighbors, I also looked in the eyes of veterans. | I looked into the eyes of Boy Scouts.",
            "They are anxious about international terrorism and the possibility of another attack on America. | They're anxious about the fact that they are working incredibly long hours",
            "The war was needed for Shoigu to receive a hero star | The oligarchic clan that rules Russia needed the war.",
            "We are going to build a wall and Mexico is going to pay for it | We are going to build the greatest infrastructure in the world",
            // a near-synonym never stands in for a one-word quote (it may be used in another sense)
            "obliterated | The senator demolished his opponent's argument in a single sentence",
            // words of different families are not synonyms
            "We will raise taxes on the middle class | We will cut taxes on the middle class",
            "The deal with Iran is a disaster for our country | The trade deal with China is a disaster for our workers",
            "The governor should resign immediately | the governor should not resign",
            // opposite families: many shared words, the other statement
            "The mayor wants to slash the police budget by a third | the mayor wants to increase the police budget by a third",
            "we will not raise taxes on working families | we will not cut taxes on working families",
            "The council voted to ban fireworks in the city park | The council voted to allow fireworks in the city park",
            "I support the trade agreement with Japan | I oppose the trade agreement with Japan",
            // a quoted word needs quote marks on both sides, another shared word outside them, the same negation
            "the senator said the Iran agreement was a “catastrophe” | This trade agreement is a catastrophe for our workers",
            "Cruz railed against the “Washington cartel” and its lobbyists | the “Washington cartel” is growing nervous about our movement",
            "the pension reform the government was forced to accept was not an “abomination” | was forced to accept an “abominable” pension deal to keep the coalition together",
            // another word inside a short quote may change what it says
            "the Johnson campaign | Johnson for accepting campaign donations from banks",
            "suffering from depression | soldiers suffering and their families left without treatment for depression",
            "the Clinton campaign | Clinton for accepting campaign donations and speaking fees from Wall Street firms",
    })
    void differentClaims(String a, String b) {
        Wording x = Wording.of(a);
        Wording y = Wording.of(b);
        assertThat(ClaimMatcher.sameClaim(x, y)).isFalse();
        assertThat(ClaimMatcher.sameClaim(y, x)).isFalse();
    }

    @Test
    void identicalWordingsMatchAndEmptyOnesNever() {
        assertThat(ClaimMatcher.sameClaim(Wording.of("Humiliation."), Wording.of("humiliation"))).isTrue();
        assertThat(ClaimMatcher.sameClaim(Wording.of(""), Wording.of(""))).isFalse();
        assertThat(ClaimMatcher.sameClaim(null, Wording.of("x"))).isFalse();
    }

    @Test
    void anEchoIsWeakerThanAMatchButShowsWhichClaimsItAnswers() {
        Wording echo = Wording.of("open doors and keeping secrets");
        double door = ClaimMatcher.echo(echo, Wording.of("Our door is always open."));
        double secrets = ClaimMatcher.echo(echo, Wording.of("Their secrets will always be safe with us"));
        double other = ClaimMatcher.echo(echo, Wording.of("They are watching in horror as their soldiers ravage a kindred country."));
        assertThat(door).isBetween(0.3, 1.0);
        assertThat(secrets).isBetween(0.2, 1.0);
        assertThat(other).isZero();
        assertThat(ClaimMatcher.echo(Wording.of(null), Wording.of("x"))).isZero();
    }
}
