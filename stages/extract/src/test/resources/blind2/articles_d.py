"""Blind set 2, articles D: six more furniture-heavy pages (three not in English). Format as in articles_a.py."""

ARTICLES = {
    "junk-science-news": dict(
        lang="en", title="Songbirds in city parks start their dawn chorus 20 minutes earlier than rural birds",
        dek="Artificial light, not noise, explains most of the difference, a three-year study finds",
        author="", date="2026-11-12",
        body="""
Blackbirds, robins and great tits living in city parks begin singing at dawn about 20 minutes earlier than birds of the same species in the countryside, according to a study of more than 400 territories in six European cities.

The research team placed small acoustic recorders in parks and in woodland outside each city and left them running from March to June for three years. The recorders captured the time of the first song of the day at each territory, giving the researchers more than 60,000 mornings of data.

City birds started earlier in every city and for every species studied. The largest difference was in robins, which began singing on average 34 minutes before their rural counterparts. Great tits showed the smallest shift, about nine minutes.

To separate the effects of light and noise, the team also measured night-time brightness and traffic noise at each recorder. Brightness explained most of the difference: birds near street lamps or lit buildings started earliest, even in quiet corners of the parks. Traffic noise had only a small effect once light was taken into account.

"We expected noise to matter more, because birds in loud places are known to sing at different pitches," said lead author Dr. Hanna Svoboda of the institute's urban ecology group. "But the timing seems to be set by light. The birds are simply being told it is morning too early."

Earlier singing may have costs. Males that sing longer have less time to feed, and previous work has linked artificial light to earlier egg laying, which can leave chicks hatching before the insects they eat are abundant.

The authors suggest that dimming or shielding park lighting in spring could be a cheap way to reduce the effect, and two of the cities in the study have already begun trials.
"""),
    "junk-opinion-column": dict(
        lang="en", title="Our towns don't need another car park. They need somewhere to sit down",
        dek="Benches are the cheapest public service there is, and we keep taking them away",
        author="Orla Kinsella", date="2026-11-23",
        body="""
Last month the council removed the two benches outside the post office in my town. Nobody announced it. One morning they were there, and the next there were four bolt holes in the pavement and a small pile of sawdust.

I asked why. The answer, when it came three weeks later, was that the benches had been the subject of "anti-social behaviour complaints". I asked how many complaints. Two, it turned out, in four years.

Meanwhile, the people who used those benches every day had no say at all. I know who they are, because I have watched them for years: the woman from the flats on Church Road who rests halfway on her walk to the chemist; the man who waits there for the 10.40 bus because the shelter is on the other side of the road; the teenagers who eat chips there after school.

A bench costs a few hundred euro and lasts twenty years. It asks nothing of anyone. And yet, for a growing number of older people, the lack of somewhere to sit is the difference between walking into town and staying at home.

Research from several countries has found the same thing: people with limited mobility plan their routes around places to rest. Take away the rest stops and you take away the route.

This is not a plea for grand schemes. We do not need a new plaza or another consultation. We need benches every couple of hundred metres on the main streets, in the shade where possible, with arms to help people stand up.

The council found money this year for a new car park on the edge of town. It could find money for twenty benches without anyone noticing.

Put them back.
"""),
    "junk-ko-portal": dict(
        lang="ko", title="부산 해안 산책로 5.2㎞ 전 구간 연결…내년 봄 개통",
        dek="끊겼던 세 구간에 데크길 설치, 휠체어 이용도 가능",
        author="김지훈", date="2026-11-17",
        body="""
부산 해운대에서 송정까지 이어지는 해안 산책로 5.2㎞ 전 구간이 내년 봄 하나로 연결된다. 그동안 끊겨 있던 세 구간에 데크길을 설치하는 공사가 이달 말 마무리되기 때문이다.

부산시는 17일 해안 산책로 연결 공사의 공정률이 90%를 넘었다고 밝혔다. 시는 안전 점검과 조명 설치를 마친 뒤 내년 3월 전 구간을 개통할 계획이다.

이 산책로는 경치가 좋아 관광객과 시민들에게 인기가 많았지만, 바위 절벽이 있는 세 구간이 끊겨 있어 방문객들이 차도로 돌아가야 했다. 특히 인도가 좁은 구간에서는 보행자 사고 위험이 꾸준히 지적돼 왔다.

새로 놓이는 데크길은 폭 2.5m로, 경사를 완만하게 만들어 휠체어와 유모차도 다닐 수 있도록 했다. 중간에는 쉼터 네 곳과 전망대 두 곳이 들어선다.

시 관계자는 "해안 절벽과 소나무 숲을 최대한 훼손하지 않도록 기둥 위치를 여러 차례 조정했다"며 "야간에는 바다 쪽으로 빛이 새지 않는 조명을 달아 해양 생물에 미치는 영향도 줄였다"고 설명했다.

인근 주민들은 대체로 환영하는 분위기다. 송정동에 사는 박은영(54)씨는 "아이들과 바닷가를 걸으려면 늘 차도를 지나야 해서 불안했는데, 이제 마음 놓고 다닐 수 있겠다"고 말했다.

다만 일부 상인들은 관광객이 늘면서 주차난이 심해질 것을 걱정하고 있다. 시는 주말에 인근 공영주차장과 산책로 입구를 잇는 셔틀버스를 운행하는 방안을 검토하고 있다.

총사업비는 86억 원으로, 국비와 시비가 절반씩 투입됐다. 시는 개통 이후 이용객 조사를 거쳐 산책로를 기장 방향으로 연장하는 방안도 추진할 예정이다.

한편 시는 공사 기간 동안 임시로 폐쇄했던 해안 절벽 아래 낚시 구역을 개통과 함께 다시 열기로 했다. 다만 파도가 높은 날에는 안전을 위해 출입을 통제하고, 산책로 곳곳에 기상 상황을 알려주는 안내판을 설치할 계획이다.

부산시는 개통에 앞서 내년 2월 시민 200명을 초청해 산책로를 미리 걸어보는 행사를 열고, 이용 과정에서 불편한 점에 대한 의견을 받을 예정이다.
"""),
    "junk-id-portal": dict(
        lang="id", title="Pasar Terapung Banjarmasin Kembali Ramai Setelah Dermaga Baru Dibuka",
        dek="Pedagang mengaku omzet naik hingga dua kali lipat",
        author="Rizky Pratama", date="2026-11-22", dateline="BANJARMASIN, Harian Nusantara -",
        body="""
Pasar terapung di Sungai Martapura, Banjarmasin, kembali ramai dikunjungi wisatawan setelah pemerintah kota membuka dermaga baru pada awal November. Ratusan pengunjung memadati kawasan itu setiap pagi, terutama pada akhir pekan.

Dermaga baru sepanjang 120 meter itu dibangun untuk menggantikan dermaga lama yang rusak akibat banjir tahun lalu. Selama hampir setahun, pengunjung harus naik perahu dari lokasi yang jauh, sehingga banyak yang memilih tidak datang.

"Dulu sepi sekali, kadang dalam sehari hanya laku sepuluh ikat sayur. Sekarang sebelum jam delapan sudah habis," kata Siti Aminah, pedagang sayur yang sudah berjualan di atas perahu selama 25 tahun.

Menurut data Dinas Pariwisata Kota Banjarmasin, jumlah pengunjung pada dua pekan pertama November mencapai sekitar 9.000 orang, naik lebih dari dua kali lipat dibandingkan periode yang sama bulan sebelumnya.

Kepala Dinas Pariwisata, Hendra Saputra, mengatakan pemerintah kota juga menambah penerangan dan memasang papan informasi dalam tiga bahasa. "Kami ingin pasar terapung tetap menjadi pasar rakyat, bukan hanya tempat foto," ujarnya.

Meski begitu, sebagian pedagang mengeluhkan jumlah perahu wisata yang bertambah banyak dan membuat sungai padat pada jam-jam sibuk. Mereka meminta pemerintah mengatur jalur khusus bagi perahu dagang.

Hendra mengatakan pihaknya akan membahas usulan tersebut bersama paguyuban pedagang dan pemilik perahu wisata pekan depan.

Selain itu, pemerintah kota berencana menggelar festival budaya sungai pada bulan depan. Festival tersebut akan menampilkan lomba perahu hias, pertunjukan musik panting, dan bazar kuliner khas Banjar di sepanjang tepian sungai.

Para pedagang berharap keramaian ini tidak hanya bertahan selama musim liburan. "Kalau ramai terus seperti ini, anak-anak muda mungkin mau ikut berjualan lagi di atas perahu," kata Siti.

Pasar terapung buka setiap hari mulai pukul 05.30 hingga 09.00 Wita.
"""),
    "junk-br-portal": dict(
        lang="pt", title="Recife inaugura primeira linha de barco-ônibus no Capibaribe",
        dek="Embarcações elétricas ligam a Zona Norte ao Centro em 25 minutos",
        author="Juliana Cavalcanti", date="2026-11-28",
        body="""
O Recife inaugurou nesta sexta-feira (28) a primeira linha regular de barco-ônibus no Rio Capibaribe. As embarcações, movidas a energia elétrica, ligam o bairro da Torre, na Zona Norte, ao Cais da Aurora, no Centro, em cerca de 25 minutos.

A linha começa com quatro barcos, cada um com capacidade para 48 passageiros sentados. Nos dias úteis, as saídas ocorrem a cada 20 minutos entre 6h e 20h. Aos sábados, o intervalo é de 40 minutos.

A tarifa é a mesma do ônibus, e os passageiros podem usar o cartão de transporte metropolitano, com integração gratuita para as linhas que passam pelos terminais fluviais.

De acordo com a prefeitura, o trajeto de ônibus entre os dois pontos leva até uma hora nos horários de pico. "O rio sempre esteve aqui. Agora ele volta a ser caminho", disse o secretário de Mobilidade, Carlos Eduardo Lins, durante a viagem inaugural.

A obra incluiu a construção de cinco estações flutuantes e a dragagem de trechos do rio. O investimento total foi de R$ 62 milhões, com recursos federais e municipais.

Moradores que acompanharam a inauguração aprovaram a novidade, mas cobraram mais segurança nas estações à noite. A estudante Larissa Monteiro, de 19 anos, disse que pretende usar o barco para ir à faculdade. "É mais rápido e mais bonito. Só espero que a estação tenha iluminação", afirmou.

A prefeitura informou que as estações terão vigilância durante todo o horário de funcionamento e que uma segunda linha, até o bairro de Apipucos, deve ser licitada no próximo ano.
"""),
    "junk-photo-gallery": dict(
        lang="en", title="In pictures: Lantern festival lights up the old harbour in Kotor Bay",
        dek="Thousands of paper lanterns were floated on the water on Saturday night",
        author="Ana Petrović", date="2026-10-25",
        body="""
Thousands of people gathered along the old harbour wall on Saturday night for the town's third lantern festival, which organisers say has become the largest autumn event on this stretch of the Adriatic coast.

The festival began in 2024 as a small gathering organised by a sailing club to mark the end of the tourist season. This year the club and the municipality handed out 5,000 lanterns made of recycled paper, each with a small candle in a beeswax cup.

Families wrote names and wishes on the lanterns before setting them on the water at dusk. A light wind carried them slowly across the bay towards the fishing boats moored on the far side, where volunteers in kayaks collected them before they could drift out to sea.

"My daughter wrote her grandfather's name. He used to fish from this harbour," said Milena Radović, who came from a village in the hills above the bay. "It felt like he was here."

Organisers said every lantern was recovered by midnight, and that the paper and wax would be composted. Last year a handful drifted beyond the harbour mouth, and the club added a second line of kayaks this time.

Local restaurants stayed open late, and a brass band played on the quay until the last lanterns were gathered.

The municipality said it would consider moving the festival to a larger section of the waterfront next year, as the harbour wall was too crowded for many visitors to reach the water.
"""),
}
