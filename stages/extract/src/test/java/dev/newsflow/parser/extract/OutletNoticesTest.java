package dev.newsflow.parser.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OutletNoticesTest {

    @ParameterizedTest
    @ValueSource(strings = {
            "Story continues below advertisement", "ARTICLE CONTINUES BELOW THIS AD", "Continue reading below",
            "Artikel wird unter der Anzeige fortgesetzt", "La suite après cette publicité",
            "El artículo continúa después de la publicidad", "Continua a leggere dopo la pubblicità",
            "Lees verder onder de advertentie",
            "Now playing", "Watch nextVideo Ad Feedback", "Duration 2:31", "0:00 / 1:48 Replay", "Durée\u00a0: 01:54",
            "When you buy through links on our site, we may earn an affiliate commission. Here’s how it works.",
            "This article contains affiliate links. If you buy something, we may earn a commission.",
            "Dieser Artikel enthält Affiliate-Links. Wenn Sie über diese Links einkaufen, erhalten wir eine Provision.",
            "Si vous achetez via ces liens, nous pouvons percevoir une commission.",
            "Have a news tip? Email newsroom@valley.example or call 555-0142.",
            "¿Tienes información sobre tu barrio? Escríbenos a redaccion@diario.example",
            "Heeft u een tip voor de redactie? Mail naar redactie@krant.example",
            "Contact Sam Reyes at sreyes@gadgetdesk.example.", "Kontakt zur Autorin: anna.berg@kreisbote.example",
            "Reporter Mia Lindqvist can be reached at mlindqvist@mountainstar.example.",
            "Lena Ortiz can be reached at lortiz@herald.example.",
            "Follow her on X @danawhitfield.",
            // a reader-funded outlet's appeals, at a sentence's start
            "Like this story? Lakeshore Public Media is a nonprofit newsroom funded by readers. Make a tax-deductible gift.",
            "Support independent journalism. Donate today.", "Become a member",
            "This story was made possible by readers like you. Donate today to keep it free for everyone.",
            "Unterstützen Sie unabhängigen Journalismus. Jetzt spenden", "Soutenez une rédaction indépendante : devenir membre",
            "Apoya el periodismo independiente. Hazte socia", "Word lid van De Regiocorrespondent.",
            // a note on the piece: its licence, its republication, where it first appeared
            "Republish this article",
            "This article is licensed under a Creative Commons Attribution-NoDerivatives 4.0 International License.",
            "This story was originally published by Grist. Sign up for Grist's weekly newsletter here.",
            "Dieser Beitrag steht unter der Lizenz CC BY 4.0.", "Cet article est d'abord paru dans notre newsletter du jeudi.",
            "Questo articolo è pubblicato con licenza Creative Commons: puoi ripubblicarlo gratuitamente.",
            // a newsletter platform's own lines
            "Forwarded this email? Subscribe here for more", "Was this email forwarded to you? Sign up here.",
            "Refer a friend and get a free month of paid access: Get your referral link",
            "You currently have 0 referrals, only 3 away from receiving the printable map.",
            "Thanks for reading The Harbour Letter! Subscribe for free to receive new posts and support my work.",
            "Get the latest posts delivered right to your inbox", "S'abonner", "Abonnez-vous à La Lettre du Littoral",
            "Doorgestuurd gekregen? Schrijf je hier in.",
            // a note that the piece was updated, perhaps under an editor's-note label
            "This article was updated on March 4 to include a response from the operator.",
            "Editor’s note: This story has been updated with the date of the rescheduled vote.",
            "Dieser Artikel wurde am 5. März aktualisiert.", "Cet article a été mis à jour le 6 mars.",
            "Este texto foi atualizado às 18h para incluir a posição do sindicato.",
            "Nota de la redacción: este artículo ha sido actualizado con la respuesta del alcalde.",
            // a podcast's notes: an invitation naming two platforms or "wherever", a note on the transcript
            "Hören Sie den Stadtpodcast auf Spotify, Apple Podcasts oder überall, wo es Podcasts gibt.",
            "Listen on Apple Podcasts | Spotify | Overcast", "Subscribe to The Ledger wherever you get your podcasts.",
            "Écoutez l’épisode sur Deezer ou Spotify.",
            "This transcript has been edited for length and clarity.", "This is a rush transcript.",
            "Transcripts are generated using speech recognition software and may contain errors.",
            "Dieses Transkript wurde automatisch erstellt und kann Fehler enthalten.",
            // an opinion piece's disclaimer
            "The views expressed in this column are the writer's own and do not necessarily reflect those of the Post.",
            "Opinions expressed are solely those of the author.",
            "Der Gastbeitrag gibt die Meinung der Autorin wieder, nicht unbedingt die der Redaktion.",
            "Las opiniones expresadas en esta columna son responsabilidad exclusiva de su autor.",
            "Les propos tenus dans cette tribune n'engagent que leur auteur.",
            // a disclosure of the outlet's or the author's stake
            "Disclosure: The author holds shares in Tesla.", "Transparenzhinweis: Der Verlag ist Gesellschafter der Radio GmbH.",
            "Note: The Courier's parent company owns a stake in the stadium's operator.",
            "Aviso: El grupo editor de este diario es accionista de Energía del Norte.",
            // a review's sample
            "The review unit was provided by Samsung.", "Acme loaned the X5 for this review; it had no say in its content.",
            "Das Testgerät wurde uns vom Hersteller zur Verfügung gestellt.",
            "El portátil fue cedido por la marca para esta prueba.",
            // an agency feed's note, an invitation to the outlet's other news
            "(Except for the headline, this story has not been edited by Courier staff and is published from a syndicated feed.)",
            "This story has been published from a wire agency feed without modifications to the text.",
            "Dieser Text wurde automatisch übernommen und nicht von der Redaktion bearbeitet.",
            "Catch all the Business News, Market News and Latest News Updates on Live Ledger.",
            "Get the latest news from Lagos on the Daily Courier app."})
    void aNoticeOfTheOutlet(String text) {
        assertThat(OutletNotices.is(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {
            // a live blog's time, a film in the news, a player named in prose
            "10:42", "The film, now playing at the Odeon, runs for two hours.",
            // "affiliated", a commission in the news, "US" is no "us"
            "A militia affiliated with the group attacked US troops near the border on Sunday.",
            "The commission said it would publish its report in March.",
            "“We will not earn a commission on any of it,” the broker said of the sale.",
            // the story's own appeals and addresses
            "Anyone with information is asked to call police on 101, quoting crime number 14/22871.",
            "Its director said staff could be reached at the usual address, info@harbourarts.example, with any sightings.",
            "Do you have a minute? The survey asks parents how they get their children to school.",
            "Contact between the two teams was limited to a handshake before the match.",
            // an ad's continuation named in prose
            "The story continues below the fold in the print edition, where the editors moved it after the vote.",
            // a charity's appeal in the news: readers donated, membership mid-sentence, a quoted appeal, a licence
            "Readers of this paper donated more than £12,000 in the first week.",
            "Anyone can become a member of the food bank's supporters' club for £5 a month, its director said.",
            "The charity's posters read: “Support your neighbours this winter. Donate today.”",
            "„Unterstützen Sie Ihr Museum – werden Sie Mitglied“, steht auf den Plakaten in der Altstadt.",
            "The charity also published its annual report under a Creative Commons licence.",
            "Die Bilder stehen unter der Lizenz CC BY 4.0 und dürfen kostenlos weiterverwendet werden.",
            "Support for the measure fell to 41 percent in the latest poll.",
            "Support for local journalism has grown in the legislature, which passed a tax credit for newsrooms.",
            "Apoyo de la prensa local: el Gobierno aprobó ayudas para el periodismo regional.",
            "The story was first reported by a local radio station on Monday.",
            "Her GP made a referral to a specialist, who saw her in March.",
            "Subscribers to the council's alert service were told to boil their water.",
            // a correction is the article's text; an update that tells news; a story about a paper's correction
            "Correction: An earlier version of this article misstated the number of counties. It is four, not five.",
            "Korrektur: In einer früheren Version dieses Artikels hieß es, das Gelände sei 20 Hektar groß.",
            "This article has been corrected to show that the vote is in April.",
            "Update: The district said on Tuesday evening that it would send a letter to every family.",
            "The newspaper published a correction, saying an earlier version of its story had been updated wrongly.",
            "This report was commissioned by the council, which said the figures would be updated every year.",
            // podcast platforms and transcripts in the news
            "The Herald's own podcast, which is carried on Spotify and Apple Podcasts, discussed the error.",
            "Listeners on Spotify have doubled since the show moved there in May.",
            "This transcript shows the pilot told the tower he had lost an engine.",
            // views, stakes, reviews, feeds and news told in a story
            "Opinions expressed at the meeting were divided, and the vote was put off until May.",
            "The views of residents will be taken into account, the council said.",
            "Note: the figures exclude Scotland.",
            "The fund, which owns a stake in the airport, said it would not sell.",
            "The regulator sent the samples for testing, and the results are due in March.",
            "The bill was sent for review to the committee on Tuesday.",
            "The agency said the feed had been down for two hours on Monday.",
            "Get the vaccine as soon as you can, the health minister said on Tuesday."})
    void theStorysOwnWords(String text) {
        assertThat(OutletNotices.is(text)).isFalse();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Anzeige", "ANZEIGE", "Reklama", "REKLAMA", "Pubblicità", "PUBLICIDAD", "Publicidade",
            "Advertentie", "Annons", "Advertisement - Scroll to continue", "Advertisement · Scroll to continue"})
    void anAdSlotsLabel(String text) {
        assertThat(OutletNotices.isAdLabel(text)).isTrue();
    }

    @ParameterizedTest
    @ValueSource(strings = {"Anzeige erstattet hatte nach Angaben des Gerichts niemand.", "Anzeigenblatt",
            "Advertising revenue fell by half.", "Reklamation", ""})
    void notAnAdSlotsLabel(String text) {
        assertThat(OutletNotices.isAdLabel(text)).isFalse();
    }
}
