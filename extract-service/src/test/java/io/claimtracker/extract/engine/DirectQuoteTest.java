package io.claimtracker.extract.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Quotes and who said them, one phenomenon per row. The sentences are written for these tests after the patterns of
 * real news copy (the seed articles and wire stories); {@code \n} stands for a line break.
 */
class DirectQuoteTest {

    private final ClaimExtractor engine = new ClaimExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            colon lead-in, pronoun to last subject | Sir Alan Hale, the agency's chief, spoke in Rome.\\n\\nHe said: “We are ready to talk to anyone.” | We are ready to talk to anyone. | Alan Hale
            cue after, surname only                | Alan Hale spoke in Rome.\\n\\n“Our door is always open,” Hale said. | Our door is always open | Alan Hale
            inverted cue after                     | "Their case is fraudulent, a miasma of lies," said Jane Porter in a speech. | Their case is fraudulent, a miasma of lies | Jane Porter
            cue before without colon               | Governor Ben Ortiz said “Some nations have reduced themselves to accomplices.” | Some nations have reduced themselves to accomplices. | Ben Ortiz
            told with addressee                    | Senator Ann Kile told CNN: “You won’t have mercenaries on the highway by chance.” | You won’t have mercenaries on the highway by chance. | Ann Kile
            verb beyond said                       | Ann Kile promised: “Their secrets will always be safe with us.” | Their secrets will always be safe with us. | Ann Kile
            went on to say                         | Tom Reyes went on to say that “there are many people who are silently appalled.” | there are many people who are silently appalled. | Tom Reyes
            participle hangs on the subject        | Before the vote, the senator Tom Reyes had warned of the risk, saying: “This is a trap for all of us.” | This is a trap for all of us. | Tom Reyes
            apposition between quote and verb      | “We’ve had better conventions than this,” Texas delegate Bill Eastland, wearing a cowboy hat, said. | We’ve had better conventions than this | Bill Eastland
            stray space before closing mark        | Tom Reyes spoke.\\n\\n“They watch in horror as the city burns. It is falsified, ”he added. | They watch in horror as the city burns. It is falsified | Tom Reyes
            mixed curly open and straight close    | Tom Reyes said: “Their secrets will be safe and we will end the bloodshed." | Their secrets will be safe and we will end the bloodshed. | Tom Reyes
            typewriter double apostrophes          | ''We have to come to terms with it,'' said Trent Lott, a former senator. | We have to come to terms with it | Trent Lott
            honorific dropped, woman, she          | Maria Ivanova runs the office.\\n\\n“If you had a chance, you would not fuss,” she said. | If you had a chance, you would not fuss | Maria Ivanova
            transcript turn                        | "KELLY: Let's start with the debate tonight and what it means. | Let's start with the debate tonight and what it means. | KELLY
            unquoted transcript turn               | Megyn Kelly hosted.\\n\\nKELLY: Will you accept the result of the vote? | Will you accept the result of the vote? | Megyn Kelly
            dash attribution                       | “Trump must stop portraying us as gangsters.” ― Carla Sanchez | Trump must stop portraying us as gangsters. | Carla Sanchez
            unnamed source kept unnamed            | A security official added later: “And of course it was not tea with polonium.” | And of course it was not tea with polonium. | A security official
            place and role before the name         | Dan Ruiz spoke first.\\n\\n“I would love to see him,” New York attorney Eric Levine said of Ruiz. | I would love to see him | Eric Levine
            apposition holding a short quote       | “We’ve had better conventions than this,” delegate Bill Eastland, wearing “Ted Cruz” pins, said. | We’ve had better conventions than this | Bill Eastland
            role with the name set off by commas   | "By December, California stuck out as a place to compete," Ben Ortiz's campaign manager, Jeff Weaver, said. | By December, California stuck out as a place to compete | Jeff Weaver
            age and apposition after the name      | “We are done with waiting,” Ramil Ortiz, 31, a freelance photographer, said. | We are done with waiting | Ramil Ortiz
            body and role before the name          | “That was more her constituency,” said Ohio State University professor Paul Beck. | That was more her constituency | Paul Beck
            role without a determiner              | “Their rationales do not hold. They are wrong,” said 9/11 widow Tara Stone. | Their rationales do not hold. They are wrong | Tara Stone
            party and state between commas         | “Our assumption is that the veto will be overridden,” Leader Mitch Connell, R-Ky., said Tuesday. | Our assumption is that the veto will be overridden | Mitch Connell
            party and state between name and verb  | “It is a dog whistle to all of us,” Rep. Gwen Ford (D-Wis.) said Friday. | It is a dog whistle to all of us | Gwen Ford
            name garbled by a wrong encoding       | "Europe must be able to defend itself," President FranÃ§ois Holl said Friday. | Europe must be able to defend itself | FranÃ§ois Holl
            garbled name in decomposed form        | "Europe must be able to defend itself," President FranA\u0303\u0083A\u0302\u00a7ois Holl said Friday. | Europe must be able to defend itself | FranA\u0303\u0083A\u0302\u00a7ois Holl
            partial quote after a verb of judgment | Tom Reyes spoke first.\\n\\nAnn Kile openly admires Ivan Petrov as a “strong leader” in every speech. | strong leader | Ann Kile
            verb of judgment after an apposition   | Aaron Kalle, the director of debate at the university, compared Tom Reyes to a coach who is "working the referees" in every game. | working the referees | Aaron Kalle
            lead-in closing the paragraph before   | Donors are few.\\n\\nThe Daily Ledger reports:\\n\\n"Just 24 percent of the donors so far have given $200 or less." | Just 24 percent of the donors so far have given $200 or less. | Daily Ledger
            closed with an opening mark by mistake | Ann Kile claimed “Tom Reyes exaggerates” the level of unemployment, and said his comments were “Mostly False.“ | Tom Reyes exaggerates | Ann Kile
            relative which before the verb         | Ann Kile spoke.\\n\\nThey turned to the Chicago Police Department which reported “2,521 shooting incidents” this year. | 2,521 shooting incidents | Chicago Police Department
            party tag and apposition before verb   | Sen. Ted Cruze (R-Texas), also a presidential hopeful, called the group “abhorrent“ in a tweet Sunday. | abhorrent | Ted Cruze
            a phrase of place after the subject    | The break was complete when Donald Trumble in his first speech called the migrants “rapists” and promised a wall. | rapists | Donald Trumble
            the subject of the verb before "to"    | Donald Trumble took to Twitter overnight to accuse the campaign of being “duped” by a con. | duped | Donald Trumble
            unnamed source with a phrase, inverted | “You work hard. You pay your taxes. So why did he not pay his?” a narrator in the new ad asks. | You work hard. You pay your taxes. So why did he not pay his? | a narrator in the new ad
            party tag and aside before a judgment  | Ann Kile spoke.\\n\\nSenate Leader Harry Reade (D-Nev.), in particular, has been steadily pounding Tom Reyes as a “con artist” on the floor. | con artist | Harry Reade
            a participle phrase after the subject  | Tom Reyes spoke.\\n\\nProtesters marching through the streets chanted "What curfew?" and kept going until 2 a.m. | What curfew? | Protesters
            a place after the name, verb of praise | In January, Gov. Earl Ray Tombin of West Virginia lauded Tom Clarke for helping develop "new and innovative ideas." | new and innovative ideas. | Earl Ray Tombin
            an adverb opens, verb of judgment      | Conversely, PolitiFact rated 22% of Democratic statements as “entirely true” in the same years. | entirely true | PolitiFact
            sung words                             | Mary Blyge came on stage.\\n\\n“Promise mama you’ll keep your hands in sight,” Blyge sings to the crowd. | Promise mama you’ll keep your hands in sight | Mary Blyge
            title-case headline, verb of judgment  | Ann Kile Calls Tom Reyes ‘A Danger’ Over Tax Plan.\\n\\nSenator Ann Kile attacked Tom Reyes on Monday. "He is a danger," she said. | A Danger | Ann Kile
            title-case headline, any verb          | Ann Kile Speaks ‘Directly To The Voters’ After The Vote.\\n\\nSenator Ann Kile spoke to voters in Ohio on Monday. | Directly To The Voters | Ann Kile
            title-case headline, a group's verb    | Frustrated Parents Rally Nationwide To ‘Reclaim Our Schools.’\\n\\nParents marched in Chicago on Monday. | Reclaim Our Schools. | Frustrated Parents
            title-case headline, first name kept   | Ann Kile Says Tom Reyes Is ‘Not Ready To Lead.’\\n\\nAnn Kile spoke on Monday about Tom Reyes, and Mary Kile agreed. | Not Ready To Lead. | Ann Kile
            a verb of manner: fumed                | Tom Reyes spoke.\\n\\n“If they were serious, they would have backed the bill,” Reyes fumed on Tuesday. | If they were serious, they would have backed the bill | Tom Reyes
            a verb of manner with an addressee     | Tom Reyes spoke.\\n\\n“Your record is amazing,” Reyes assured the host. | Your record is amazing | Tom Reyes
            pointed out, before the quote          | As the analyst Dan Byle pointed out in December, “In the week before the convention, the delegates can change it.” | In the week before the convention, the delegates can change it. | Dan Byle
            pointed out, after the quote           | “The delegates can change it,” Dan Byle pointed out. | The delegates can change it | Dan Byle
            inverted, with commas in the apposition | The new plans “will not solve this, but are steps in the right direction,” Anne Richter, assistant secretary for population, refugees, and migration, said. | will not solve this, but are steps in the right direction | Anne Richter
            a year typed with an opening mark      | Rep. Ann Kile said in ‘08 that voters had changed. “It makes their eyes open wider,” she said. | It makes their eyes open wider | Ann Kile
            an apostrophe typed as an opening mark | On CBS‘ Face the Nation, Ann Kile stated, “When I look at this, I see a war.” | When I look at this, I see a war. | Ann Kile
            any adverb in -ly before the verb      | Anchor Ann Kile, who was off-screen, then loudly asked, “Is that true?” | Is that true? | Ann Kile
            a direction mark before a reversed mark | \u202a”This is why it has to end. They are wrong,” said Tom Reyes. | This is why it has to end. They are wrong | Tom Reyes
            party tag after an exclamation         | "Perpetual motion!" Rep. Glen Thomson, R-Pa., said of the swirl of the convention. | Perpetual motion! | Glen Thomson
            a role in two words before the name    | “It’s unanimous,” council member Mark Levin said. | It’s unanimous | Mark Levin
            a role with 'of' before the name       | “There is a special place in hell,” US secretary of state Madeline Albrecht said. | There is a special place in hell | Madeline Albrecht
            an unnamed source, 'states' at the end | “They know she is strong enough to stop the abuses,” a voice-over in the ad states. | They know she is strong enough to stop the abuses | a voice-over in the ad
            a written source's verb                | Tom Reyes spoke.\\n\\nThe ad claims “Ann Kile is the conservative you can trust.” | Ann Kile is the conservative you can trust. | The ad
            a text that reads                      | Tom Reyes sent a letter.\\n\\nAt the bottom it reads, “You can further support the cause by chipping in.” | You can further support the cause by chipping in. | it
            a verb of manner: barked               | Tom Reyes came on stage.\\n\\nA bodyguard barked “Go back to your seat,” and pushed him. | Go back to your seat | A bodyguard
            a source in a which-clause             | The release linked to the report, which notes, “More than half the donors gave money.” | More than half the donors gave money. | the report
            a closing mark and a space open it     | ” … in the case of Wyoming, the race is over,” wrote Tom Reyes. | … in the case of Wyoming, the race is over | Tom Reyes
            a straight mark pasted before a curly  | Tom Reyes spoke.\\n\\n"“If I was a donor, I would want answers,” Reyes responded before leaving." | If I was a donor, I would want answers | Tom Reyes
            headline label with an honorific       | Dr. Ben Ortiz: Tom Reyes ‘Not Fit To Serve.’\\n\\nThe surgeon Dr. Ben Ortiz attacked Tom Reyes on Monday. | Tom Reyes ‘Not Fit To Serve.’ | Ben Ortiz
            headline label with an addressee       | Kile to Nurses Union: Reyes will cut your pay.\\n\\nAnn Kile spoke to the union on Friday. | Reyes will cut your pay. | Ann Kile
            a long subject after the quote's comma | “They have to decide whether to feed their kids,” Fight for $15 organizing director Ken Fells told Fox News 6 in Milwaukee. | They have to decide whether to feed their kids | Ken Fells
            signed on the next line after a dash   | Ann Kile spoke.\\n\\n"Boeing and other firms pay zero taxes."\\n\\n- Reyes.\\n\\nThis is a complex issue. | Boeing and other firms pay zero taxes. | Reyes
            a signature with the speaker's place   | Ann Kile spoke.\\n\\n"The idea is something we hear about all the time."\\n\\n-Michelle Marx, Philadelphia. | The idea is something we hear about all the time. | Michelle Marx
            """)
    void findsQuoteAndSpeaker(String name, String text, String quote, String speaker) {
        Extraction x = engine.extract(text.replace("\\n", "\n"));

        assertThat(x.claims()).as(name).anySatisfy(c -> {
            assertThat(c.text()).isEqualTo(quote);
            assertThat(c.kind()).isIn(ClaimKind.DIRECT, ClaimKind.PARTIAL);
            assertThat(c.speaker()).isNotNull();
            assertThat(c.speaker().name()).isEqualTo(speaker);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            a shout is not a speaker               | BOOM: The candidate just fired a missile at his rival.
            a time is not a speaker                | 6:45 pm – One of the suspects is named in reports.
            single-quoted nickname                 | Sir Alan Hale, the real life 'C' of spy fame, spoke in Rome.
            title of a show                        | He appeared on “Fox News Sunday” with the others.
            scare quote without a speaker          | The so-called “reform” passed the chamber on Tuesday.
            headline without sentence punctuation  | ‘Their secrets will be safe with us’: spy chief in call to defect
            a noun of saying names no speaker      | The fact-checkers rated 32% of Republican claims as “false” last year.
            a show's title ending in a stop        | Mike Flynne was asked about it on Fox News’s “Fox and Friends.”
            a show's title after "episode of"      | On Tuesday’s episode of “The Steve Harvy Morning Show,” the former senator was asked about it.
            markup attribute values                | Ann Kile spoke. <tweet pic="pic.twitter.com/" author="carl" timestamp="1474387200">The arrow is Kile.</tweet>.
            a noun of saying after the quote       | Conversely, the checkers found 22% of Democratic statements “entirely true” compared to 11% of Republican claims.
            apostrophes only                       | Putin’s war and the Russians’ dilemma are the city's worry.
            photo caption with a credit            | Alan Hale said Wednesday the doors are open to all who wish. File photo by Jan Novak/EPA
            """)
    void findsNoClaim(String name, String text) {
        assertThat(engine.extract(text).claims()).as(name).isEmpty();
    }

    @Test
    void aSignatureThePageRepeatsStillSignsEachQuotation() {
        String text = "Tom Reyes and Ann Kile debated.\n\n\"The plan would cost nothing at all.\"\n\n- Reyes.\n\n"
                + "That is not true.\n\n\"I will look into it as soon as I can.\"\n\n- Kile.\n\nShe never did.\n\n"
                + "\"Big firms pay zero taxes in this country.\"\n\n- Reyes.";

        assertThat(engine.extract(text).claims()).extracting(c -> c.speaker().name())
                .containsExactly("Tom Reyes", "Ann Kile", "Tom Reyes");
    }

    @Test
    void aLongAttributionOfPhrasesAfterTheQuoteStillAttributesIt() {
        String text = "Tom Reyes spoke.\n\n\"You think I am going to change?\" Reyes asked reporters rhetorically "
                + "during a news conference late last month. \"I am not changing.\"";

        assertThat(engine.extract(text).claims()).singleElement().satisfies(c -> {
            assertThat(c.kind()).isEqualTo(ClaimKind.DIRECT);
            assertThat(c.cue()).isEqualTo("asked");
            assertThat(c.speaker().name()).isEqualTo("Tom Reyes");
            assertThat(c.parts()).extracting(p -> text.substring(p.start(), p.end()))
                    .containsExactly("You think I am going to change?", "I am not changing.");
        });
    }
}
