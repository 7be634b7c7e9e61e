package io.claimtracker.extract.engine;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Reported speech without quote marks, as indirect claims with the same speaker resolution. */
class ReportedSpeechTest {

    private final ClaimExtractor engine = new ClaimExtractor();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            said without that               | Alan Hale spoke in Rome.\\n\\nHe said Ukraine had recaptured more territory in a month than in a year. | Ukraine had recaptured more territory in a month than in a year | Alan Hale | said
            said that after a time          | Ukraine's border guard confirmed Saturday that the forces had arrived in the north. | the forces had arrived in the north | Ukraine's border guard | confirmed
            cue after the clause            | The regimes that hired them will, in the long run, suffer, Sir Alan Hale held. | The regimes that hired them will, in the long run, suffer | Alan Hale | held
            according to first              | According to Maria Ivanova, the talks will resume next week in Geneva. | the talks will resume next week in Geneva | Maria Ivanova | According to
            aside before that               | Alan Hale spoke.\\n\\nHe wanted to stress, however, that many in the service shared the view. | many in the service shared the view | Alan Hale | stress
            point out with a comma          | But security officers point out, these have been motivated by money. | these have been motivated by money | security officers | point out
            unnamed plural source           | As revealed last week, security experts said spies could help oust the leader with cash. | spies could help oust the leader with cash | security experts | said
            told an outlet                  | Sir Alan Hale is the agency's chief.\\n\\nThe head of the agency told CNN that the leader is alive. | the leader is alive | Alan Hale | told CNN
            the object is what was said     | Senator Ann Kile called for a ban on the imports, citing the report. | a ban on the imports | Ann Kile | called
            according to a long source      | According to State Department cables that were later released by a leak site, the envoys pressed the diplomats. | the envoys pressed the diplomats | State Department | According to
            a second report in one sentence | Moscow denied any role, as Foreign Minister Ivan Petrov said there was no evidence. | there was no evidence | Ivan Petrov | said
            according to a long description | According to early results of exit polls conducted for the networks, most voters were angry. | most voters were angry | early results of exit polls conducted for the networks | According to
            a poll's share as the subject   | About four in 10 said they were angry with the government. | they were angry with the government | About four in 10 | said
            adverbial opens, cue inside     | Mary Ruiz spoke on Monday.\\n\\nOver the years, she said, email has helped her stay in touch. | email has helped her stay in touch | Mary Ruiz | said
            adverbial after that            | Ann Kile said that over the last five days she has begun to win over the unions. | over the last five days she has begun to win over the unions | Ann Kile | said
            place phrase before a pronoun  | Carl Zimmer wrote in both listings he was honored to announce the sale of the rifle. | he was honored to announce the sale of the rifle | Carl Zimmer | wrote
            a programme's title before that | Ben Sanders said on ABC's "This Week With Tom Steph" that he would look at such a law. | he would look at such a law | Ben Sanders | said
            an aside before that            | Cory Lewan, a rival of the manager, said on CNN, where he is a paid contributor, that the manager should resign. | the manager should resign | Cory Lewan | said
            told someone to do something    | Donald Trumble was heard on a microphone telling Chris Christo to get on a plane and go home. | to get on a plane and go home | Donald Trumble | telling Chris Christo
            progressive, a second report after and | Donald Trumble is telling a veterans group that the military is “depleted” and says he will expand it. | the military is “depleted” | Donald Trumble | telling a veterans group
            object of an -ing verb          | Donald Trumble is stressing the need to bolster the nation's defences under “constant attack” from abroad. | the need to bolster the nation's defences under “constant attack” from abroad | Donald Trumble | stressing
            relative who after an apposition | Obama met Mitch Connell, now the majority leader, who in 2010 said the goal was to make Obama a "one-term president." | the goal was to make Obama a "one-term president." | Mitch Connell | said
            relative who, main verb after    | Ann Kile, who said the plan was vetted by her lawyers, said she knew of no dispute. | the plan was vetted by her lawyers | Ann Kile | said
            a name, then a long relative clause | Mike Seaman, who lives in a town outside of the state capital, Sacramento, said he still hopes for a win. | he still hopes for a win | Mike Seaman | said
            a name, then an aside in dashes  | Jason Sims — a teacher from Mount Pleasant — says he made a last-minute decision to vote. | he made a last-minute decision to vote | Jason Sims | says
            a comma before that              | Ann Kile spoke.\\n\\nShe added, that there is a strong emphasis on a fair process. | there is a strong emphasis on a fair process | Ann Kile | added
            per a translator, then that      | The hacker Guccifer said, per a translator, that the server was unprotected. | the server was unprotected | Guccifer | said
            any short aside, then that       | Ben Barret revealed, somewhat stiltedly, that he would vote for the senator. | he would vote for the senator | Ben Barret | revealed
            relative who set off by hyphens  | GOP front-runner Donald Trumble - who previously said he would bomb the oil fields - spoke in Texas. | he would bomb the oil fields | Donald Trumble | said
            a participle of saying, stating  | He laid out his plan on Monday, stating that the country should formally declare war on the group. | the country should formally declare war on the group | he | stating
            a participle of saying, explaining | Ben Barret denied the report, explaining that he was unaware of the interview because he was away. | he was unaware of the interview because he was away | Ben Barret | explaining
            vowed to, then a quotation       | Ben Sanders spoke.\\n\\nAnd he vowed to “take our fight” to the states that have not yet voted. | to “take our fight” to the states that have not yet voted | Ben Sanders | vowed
            as an outlet reported, a clause  | As The Daily Ledger reported, the actor gave between $1,001 and $5,000 to the foundation. | the actor gave between $1,001 and $5,000 to the foundation | Daily Ledger | reported
            a plural unnamed source, object verb | Many commentators called him “the grownup on the stage” amid the food fight. | him “the grownup on the stage” amid the food fight | Many commentators | called
            the owner of claims             | She rejected Alan Hale’s claims that the agency was behind it. | the agency was behind it | Alan Hale | claims
            a noun of saying with its owner  | The site checked Donald Trumble’s claim that there have been “thousands of shootings” in the city this year. | there have been “thousands of shootings” in the city this year | Donald Trumble | claim
            relative who after a place      | The shift will placate nervous Democrats on Capitol Hill, who have argued that it helps candidates down the ballot. | it helps candidates down the ballot | Democrats | argued
            a pronoun run together with is  | Ann Kile spoke in Ohio.\\n\\nShe’s saying the plan would fail by May. | the plan would fail by May | Ann Kile | saying
            an opening participle clause    | Having announced that he would not send me to prison, Judge Ben Bermann read out the sentence. | he would not send me to prison | Ben Bermann | announced
            relative who, adverb opening    | Domestically, the row drew a reaction from President Barack Obamo, who called the nominee “unfit to serve” as president. | the nominee “unfit to serve” as president | Barack Obamo | called
            as X put it, before             | As Professor Eric Fohner put it, the country does a better job at accepting migrants. | the country does a better job at accepting migrants | Eric Fohner | put it
            as X put it, after              | Members share her concerns, because the main test is a "lawful source of income," as a Homeland Security memo put it. | the main test is a "lawful source of income," | a Homeland Security memo | put it
            restrictive relative which      | They turned to the Chicago Police Department which reported 2,521 shooting incidents in the city. | 2,521 shooting incidents in the city | Chicago Police Department | reported
            a gerund after by, a date first | On September 27 the checkers published the results by announcing that the statement was true. | the statement was true | the checkers | announcing
            a promise is its infinitive     | The council condemned the test and pledged to impose further sanctions on the regime. | to impose further sanctions on the regime | The council | pledged
            a long object before that       | Democrats also blasted Oversight for failing to make clear on Friday that the immunity was partial. | Oversight for failing to make clear on Friday that the immunity was partial | Democrats | blasted
            a which-clause holding a quote  | She added that most voters seem anti-Kile, which is a problem because, “In the end, we vote for somebody.” | most voters seem anti-Kile, which is a problem because, “In the end, we vote for somebody.” | she | added
            but said with a quotation       | Mayor Jen Robards said Friday that she thinks the video should be released but said "the question is the timing." | she thinks the video should be released but said "the question is the timing." | Jen Robards | said
            a dateline with state and date  | ORLANDO, Fla., June 16 (UPI) — President Barack Obamo said the country must act to control gun violence. | the country must act to control gun violence | Barack Obamo | said
            partial quote, inverted cue, apposition | The new plan may be "strategic," said Jeff Hensley, an assistant professor in the school of information at Carlton University. | The new plan may be "strategic," | Jeff Hensley | said
            clause around partial quotes    | Ann Kile said the aim was not to “win the week” but to “win the decade.” | the aim was not to “win the week” but to “win the decade.” | Ann Kile | said
            inverted cue, a role without article | Ann Kile has a strong ground game in the state, said Mina Romer, director of the civic project. | Ann Kile has a strong ground game in the state | Mina Romer | said
            a noun of saying after 'of'     | The former secretary of state said the country clearly needed a more robust air campaign. | the country clearly needed a more robust air campaign | The former secretary of state | said
            the report as a subject         | The report said the agency had ignored repeated warnings about the server. | the agency had ignored repeated warnings about the server | The report | said
            a phrase of time before that    | The State Department said for the first time that secret information had passed through the server. | secret information had passed through the server | State Department | said
            an -ing noun opens the clause   | Ann Kile spoke.\\n\\nFundraising was stagnant for about a month as donors waited, she said. | Fundraising was stagnant for about a month as donors waited | Ann Kile | said
            commented after the clause      | He would be a better president than the governor, one user commented. | He would be a better president than the governor | one user | commented
            a senator of a state, who ...   | Tom Reyes spoke.\\n\\nThe case gave fodder to Sen. Marc Rubin of Florida, who mused in the debate that Reyes was disqualified. | Reyes was disqualified | Marc Rubin | mused
            her remark that                 | Ann Kile spoke in Ohio.\\n\\nShe fanned controversy over her remark that there is a special place in hell for critics. | there is a special place in hell for critics | Ann Kile | remark
            a participle after 'with' NAME  | Republicans were quick to respond, with Tom Reyes saying that the vote was a disaster for the party. | the vote was a disaster for the party | Tom Reyes | saying
            an apposition holding a title   | Jeff Hensley, the co-author of "Going Viral," said the days when the nation had one story are gone. | the days when the nation had one story are gone | Jeff Hensley | said
            an aside and a relative clause  | Ben Sandler, meanwhile, who sits at zero endorsements, said the fact speaks volumes about the race. | the fact speaks volumes about the race | Ben Sandler | said
            an unnamed part of a group      | Two students spoke to us. Another said he hoped the president would win again. | he hoped the president would win again | Another | said
            some, after 'while'             | While those surveyed said the governor has the best experience, the senator leads the poll. | the governor has the best experience | those surveyed | said
            warned of, the object           | Ted Cruze warned of a ferocious battle ahead that could split the party. | a ferocious battle ahead that could split the party | Ted Cruze | warned
            a bare verb after 'and' goes on | John Kasick says he would sit the leader down and tell him “no more nonsense” at once. | he would sit the leader down and tell him “no more nonsense” at once | John Kasick | says
            as X puts it, after             | The requirement is a “lawful source of income,” as a Homeland Security memo puts it. | The requirement is a “lawful source of income,” | a Homeland Security memo | puts it
            told an addressee, no 'that'    | Ann Kile told reporters she was done with the race. | she was done with the race | Ann Kile | told reporters
            told a named outlet, a time     | Ann Kile told the Tampa Bay Times in February that she was done with the race. | she was done with the race | Ann Kile | told the Tampa Bay Times
            as X told an outlet, CLAUSE     | As Ann Kile told the New York Daily News, tax relief is given in exchange for jobs. | tax relief is given in exchange for jobs | Ann Kile | told the New York Daily News
            an inverted cue after a participle | That would create a crisis for the party, forcing her to fight on two fronts, said Brad Bannon, a pollster. | That would create a crisis for the party, forcing her to fight on two fronts | Brad Bannon | said
            a dateline in ordinary capitals | Washington (AFP) – Democrat Ann Kile on Friday attacked Tom Reyes, saying his plan would fail. | his plan would fail | Ann Kile | saying
            a city, a state and a day first | At a campaign event in Ames, Iowa, on Sunday, Mrs. Ann Kile defended her plan, saying it would work. | it would work | Ann Kile | saying
            a nested cue after the quote    | Tom Reyes called the deal “a disaster,” Ann Kile said. | the deal “a disaster,” | Tom Reyes | called
            a phrase of time before the verb | Ann Kile has in recent years said the party must change its ways. | the party must change its ways | Ann Kile | said
            'that' as the clause's subject  | Legal experts said that is highly unlikely to happen before the vote. | that is highly unlikely to happen before the vote | Legal experts | said
            as X has pointed out, it's ...  | As House Speaker Paul Rayan (R-Wis.) has pointed out, it’s basically the “textbook definition” of racism. | it’s basically the “textbook definition” of racism | Paul Rayan | pointed out
            'reports' after a titled name   | And former Louisiana Rep. David Dukes reports that the businessman has given more people cover. | the businessman has given more people cover | David Dukes | reports
            object around a partial quote   | Tom Reyes spoke.\\n\\nAnn Kile dismissed the small state as being in the “suburbs of the capital” on Monday. | the small state as being in the “suburbs of the capital” on Monday | Ann Kile | dismissed
            inverted, a span of time after  | The foundation received as much as $26 million from firms, the Daily Ledger reported ten days ago. | The foundation received as much as $26 million from firms | Daily Ledger | reported
            a participle goes on with it    | Briggs said Reyes has already been tested, coming from 40 points behind to a tie in Iowa. | Reyes has already been tested, coming from 40 points behind to a tie in Iowa | Briggs | said
            'according to' after the quote  | Ann Kile said that those who doubt it should "look for a doctor," according to the Daily Ledger. | those who doubt it should "look for a doctor," | Ann Kile | said
            'but also' and an adjective     | Ann Kile says voters are “right to be angry,” but also hungry for real answers. | voters are “right to be angry,” but also hungry for real answers | Ann Kile | says
            a noun of saying before 'said'  | A news report said the deal was done before the vote. | the deal was done before the vote | A news report | said
            when the report came out        | A report published Wednesday said Tom Reyes used a private email account. | Tom Reyes used a private email account | A report | said
            an aside in dashes after 'said' | Ann Kile said — on Twitter, as it happens — that Reyes raised $4 million that day. | Reyes raised $4 million that day | Ann Kile | said
            a relative in dashes before it  | The judge -- who has been in a scuffle with Reyes for days -- said she regretted her remarks. | she regretted her remarks | The judge | said
            'according to' a phrase at the end | Late Sunday, Ann Kile won the primary in Puerto Rico, according to early returns. | Late Sunday, Ann Kile won the primary in Puerto Rico | early returns | according to
            'says' and a past verb after 'and' | Ann Kile says she spoke to Reyes and asked him to condemn the violence. | she spoke to Reyes and asked him to condemn the violence | Ann Kile | says
            party tag before a verb after   | Biofuels do not stir up the same fervor, Sen. Chuck Grassle (R-Iowa) told reporters. | Biofuels do not stir up the same fervor | Chuck Grassle | told reporters
            a long clause of time after it  | This is not about me, Ann Kile told her closest aides as she labored over one of the last speeches of her term. | This is not about me | Ann Kile | told her closest aides
            'called out' with its object    | Sen. Lindsey Grahame called out his rival Tom Reyes for alienating voters. | his rival Tom Reyes for alienating voters | Lindsey Grahame | called
            a second clause's own subject   | A group of rabbis called for a boycott, and the Civic League strongly denounced his rhetoric and said it would return his donations. | it would return his donations | Civic League | said
            a noun of saying opens the clause | A Democratic aide said comments from Rice and Rhodes were consistent with their statements. | comments from Rice and Rhodes were consistent with their statements | A Democratic aide | said
            a city and state before 'that'  | Ann Kile said Thursday during a town hall meeting in Buffalo, New York, that the state is wrong to ban fracking. | the state is wrong to ban fracking | Ann Kile | said
            a show's title after the cue    | Tom Reyes was for Ann Kile while she was in the running, he said Wednesday on MSNBC’s “Morning Joe.” | Tom Reyes was for Ann Kile while she was in the running | Tom Reyes | said
            an '-ing' adjective opens it    | Ranking Democrat Ellis Cummins is waiting for the agencies to review the transcripts, an aide said Thursday. | Ranking Democrat Ellis Cummins is waiting for the agencies to review the transcripts | an aide | said
            inverted role, then the name    | The plant is under intense pressure from imports, said the company's chief executive, John J. Ferrola. | The plant is under intense pressure from imports | John Ferrola | said
            an aside in dashes before it    | Many speakers — including Muslims, Christians and Jews — said his death is painful at a time of division. | his death is painful at a time of division | Many speakers | said
            a noun before the report's participle | WASHINGTON (AP) — A news report published Wednesday said Tom Reyes used a private email account. | Tom Reyes used a private email account | A news report | said
            a possessive in a bare mark     | Reyes’ team said the committee appears to skirt the limits on donations. | the committee appears to skirt the limits on donations | Reyes’ team | said
            inverted, a long role after the name | Reyes has a strong ground game in the state, said Mindy Romaro, director of the project at the University of California, Davis, Center for Change. | Reyes has a strong ground game in the state | Mindy Romaro | said
            what it caused is not said      | Ann Kile said she would not back the plan, prompting a walkout by her staff. | she would not back the plan | Ann Kile | said
            """)
    void findsIndirectClaim(String name, String text, String content, String speaker, String cue) {
        Extraction x = engine.extract(text.replace("\\n", "\n"));

        assertThat(x.claims()).as(name).anySatisfy(c -> {
            assertThat(c.kind()).isEqualTo(ClaimKind.INDIRECT);
            assertThat(c.text()).isEqualTo(content);
            assertThat(c.speaker().name()).isEqualTo(speaker);
            assertThat(c.cue()).isEqualTo(cue);
        });
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', quoteCharacter = '`', textBlock = """
            not a speech verb             | The minister visited the railways on Monday and met the staff.
            noun, not a verb              | The 15 states that hold primaries on Tuesday are in the south.
            possessive noun, no clause    | She rejected Hale’s claims about the agency.
            passive                       | He was told that the meeting had been cancelled.
            that as an object             | He said that in an interview.
            nobody said it                | No one said the plan would fail before the vote.
            a noun after a former state   | It is a former Confederate state that has refused to fall in line behind the ruling.
            a relative after 'those'      | Those who said the economy was their top issue split evenly between the two candidates.
            an obligation, not a saying   | Ann Kile needs to tell the truth about things and lay out actual policies.
            declined to say               | Ann Kile declined to say whether the talks would resume next week.
            a noun of saying after an adjective | She stayed in the race despite Democratic calls for her to bow out in June.
            a sentence's first word is no speaker | This came hours after a rally, saying the plan would fail by May.
            called names a thing          | Police met the founder of a Facebook group called Occupy Now on Monday.
            a statement that was posted   | Maria Zakhar answered in a statement posted Wednesday on her Telegram channel.
            not a verb of judgment        | Ann Kile joined the crowd at a town hall in Hudson with the star of “Cake Boss.”
            a colon announces what follows | In a speech last July, Ann Kile said:
            a pronoun and a time is no object | Those gifts were unknown until the Daily Ledger asked about them in April.
            """)
    void findsNoIndirectClaim(String name, String text) {
        assertThat(engine.extract(text).claims()).as(name).isEmpty();
    }

    @Test
    void aParticipleAfterAnOpeningQuotationHangsOnTheQuotationsSpeaker() {
        String text = "\"Loud steps upstairs could shake the rooms below,\" Carl Cook wrote this week, adding that the "
                + "party would lose the chamber.";

        assertThat(engine.extract(text).claims()).hasSize(2)
                .allSatisfy(c -> assertThat(c.speaker().name()).isEqualTo("Carl Cook"));
    }

    @Test
    void aCueInsideItsClauseIsLeftOutOfTheClaimsParts() {
        String text = "Even as the campaign moves north, said Dan Ruiz, an analyst in Ohio, the race will be tight.";

        ExtractedClaim claim = engine.extract(text).claims().get(0);

        assertThat(claim.speaker().name()).isEqualTo("Dan Ruiz");
        assertThat(claim.text()).startsWith("Even as").endsWith("tight");
        assertThat(claim.parts()).extracting(p -> text.substring(p.start(), p.end()))
                .containsExactly("Even as the campaign moves north", "the race will be tight");
    }

    @Test
    void theProgrammeSomeoneSpokeOnIsNeitherWhatTheySaidNorAQuote() {
        String text = "Hillary Kline spoke.\n\n“We are not winning,” Kline said on ABC’s “This Week” on Sunday.";

        assertThat(engine.extract(text).claims()).singleElement()
                .satisfies(c -> assertThat(c.text()).isEqualTo("We are not winning"));
    }

    @Test
    void aCueWithAPlacePhraseInsideItsClauseIsLeftOutOfTheClaimsParts() {
        String text = "John Stumpe spoke.\n\nThese employees, Stumpe explained earlier in the hearing, were “well-paid.”";

        ExtractedClaim claim = engine.extract(text).claims().stream().filter(c -> c.kind() == ClaimKind.INDIRECT)
                .findFirst().orElseThrow();

        assertThat(claim.speaker().name()).isEqualTo("John Stumpe");
        assertThat(claim.parts()).extracting(p -> text.substring(p.start(), p.end()))
                .containsExactly("These employees", "were “well-paid.”");
    }

    @Test
    void aPartialQuoteInsideAReportedClauseIsTheClausesSpeakers() {
        String text = "Erin Murph spoke first.\n\nObama met Mitch Connell, now the majority leader, who in 2010 said "
                + "the goal was to make Obama a \"one-term president.\"";

        assertThat(engine.extract(text).claims()).filteredOn(c -> c.kind() == ClaimKind.PARTIAL).singleElement()
                .satisfies(c -> {
                    assertThat(c.text()).startsWith("one-term president");
                    assertThat(c.speaker().name()).isEqualTo("Mitch Connell");
                });
    }

    @Test
    void aProgressiveVerbKeepsItsOwnSubject() {
        String text = "CORRECTION: The story was changed to show that Don Fowle is calling for a process to find a successor.";

        assertThat(engine.extract(text).claims()).singleElement().satisfies(c -> {
            assertThat(c.text()).isEqualTo("a process to find a successor");
            assertThat(c.speaker().name()).isEqualTo("Don Fowle");
        });
    }

    @Test
    void aNegatedAuxiliaryIsNotPartOfTheSubject() {
        String text = "The Republican nominee and his aides haven't said much about how he is preparing for the debate.";

        assertThat(engine.extract(text).claims()).singleElement()
                .satisfies(c -> assertThat(c.speaker().mention()).isEqualTo("The Republican nominee and his aides"));
    }

    @Test
    void theNounAfterATrailingParticipleIsItsClausesSubjectNotASpeaker() {
        String text = "Sen. Ben Sandars defended his call to raise the wage, saying the gains would outweigh the losses.";

        assertThat(engine.extract(text).claims()).isNotEmpty()
                .allSatisfy(c -> assertThat(c.speaker().name()).isEqualTo("Ben Sandars"))
                .anySatisfy(c -> assertThat(c.text()).isEqualTo("the gains would outweigh the losses"));
    }

    @Test
    void aSourceThatIsOnlyAPhraseSpeaksNoQuotationAfterIt() {
        String text = "Tom Reyes said the race was close. The group has spent $12 million in the state, according to media "
                + "trackers. \"We have been setting the table for the voters.\"";

        assertThat(engine.extract(text).claims()).filteredOn(c -> c.kind() == ClaimKind.DIRECT).singleElement()
                .satisfies(c -> assertThat(c.speaker().name()).isEqualTo("Tom Reyes"));
    }
}
