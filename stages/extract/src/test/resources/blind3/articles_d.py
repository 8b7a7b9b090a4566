"""Blind-3 articles, part D (not English, invented events written for this set). Markup as in articles_a.py."""

ARTICLES = {
    "junk-mx-daily": {
        "lang": "es", "date": "2026-11-10", "author": "Alejandra Ruiz",
        "title": "Oaxaca abre su primera planta de composta para los residuos de mercados",
        "dek": "La planta procesará hasta 40 toneladas diarias de restos de frutas y verduras",
        "body": """El gobierno municipal de Oaxaca de Juárez inauguró este lunes una planta de composta que recibirá los residuos orgánicos de los mercados de la ciudad, con lo que espera reducir en una cuarta parte la basura que llega al relleno sanitario.

La planta, ubicada en la agencia municipal de San Martín Mexicápam, tiene capacidad para procesar hasta 40 toneladas diarias de restos de frutas, verduras y flores. La composta resultante se usará en parques, camellones y viveros municipales.

"Durante años mandamos al basurero algo que en realidad es un recurso", dijo la presidenta municipal, Laura Méndez Castillo, durante el acto de inauguración.

El proyecto tuvo un costo de 18 millones de pesos, financiados en parte por un programa federal de gestión de residuos. Trabajarán en la planta 22 personas, la mayoría vecinos de la zona.

Para que funcione, los locatarios de los mercados deberán separar sus residuos. El mercado Benito Juárez y la Central de Abasto serán los primeros en participar; en ellos se instalaron contenedores verdes para los residuos orgánicos.

Rosa Martínez, que vende verduras en la Central de Abasto desde hace veinte años, dijo estar de acuerdo, aunque pidió que la recolección sea diaria. "Si el contenedor se queda dos días con el calor, nadie va a querer estar cerca", comentó.

Vecinos de San Martín Mexicápam expresaron su preocupación por posibles olores. El director de Medio Ambiente, Jorge Santiago, aseguró que la planta cuenta con un sistema de ventilación y que el proceso de compostaje, bien manejado, no produce malos olores.

La crisis de la basura en Oaxaca se agravó en 2021, cuando el cierre temporal del relleno sanitario de Zaachila dejó toneladas de residuos en las calles durante semanas.

El municipio prevé incorporar a los demás mercados a lo largo del próximo año.""",
    },
    "junk-ua-portal": {
        "lang": "uk", "date": "2026-11-14", "author": "Олена Коваленко",
        "title": "У Львові відкрили першу громадську майстерню з ремонту велосипедів",
        "dek": "",
        "body": """У Львові на вулиці Городоцькій запрацювала перша в місті громадська велосипедна майстерня. Тут кожен охочий може безкоштовно скористатися інструментами та отримати пораду, як самостійно полагодити свій велосипед.

Майстерню відкрила громадська організація «Велосипедний Львів» у приміщенні колишнього складу, яке міська рада передала їй в оренду за символічну плату. Ремонт приміщення тривав пів року, значну частину робіт виконали волонтери.

«Ми хочемо, щоб люди не боялися свого велосипеда. Замінити камеру чи налаштувати гальма може кожен, якщо хтось один раз покаже», — розповідає координатор проєкту Андрій Мельник.

У майстерні є шість робочих місць зі стійками для велосипедів, набори ключів, насоси та запасні частини, які продають за собівартістю. Щосуботи волонтери проводять безкоштовні заняття для початківців.

Окремий напрям роботи — відновлення старих велосипедів, які мешканці приносять у дар. Після ремонту їх передають дітям із родин внутрішньо переміщених осіб та ветеранам, які проходять реабілітацію. За перший місяць роботи волонтери вже відремонтували та передали 35 велосипедів.

Львів’янка Марія Гнатюк прийшла до майстерні з дочкою. «Удома в нас немає ні інструментів, ні місця. А тут усе є, і ще й пояснили, що робити», — каже вона.

Майстерня працює з вівторка по неділю з 12:00 до 20:00. Організатори планують відкрити ще одну таку точку на Сихові наступного року, якщо вдасться знайти приміщення.

За даними міської ради, протяжність велосипедної інфраструктури у Львові перевищує 150 кілометрів, а кількість велосипедистів на вулицях міста за останні п’ять років зросла майже вдвічі.

Також у майстерні планують запустити курс для підлітків, які хочуть навчитися ремонту велосипедів професійно. Перші заняття мають розпочатися взимку, коли сезон спадає і волонтери мають більше часу.""",
    },
    "clean-table-vn": {
        "lang": "vi", "date": "2026-11-19", "author": "Nguyễn Thu Hà",
        "title": "Giá vé tàu Tết Bắc – Nam tăng nhẹ, nhiều đoàn tàu được bổ sung",
        "dek": "",
        "body": """Tổng công ty Đường sắt Việt Nam cho biết sẽ mở bán vé tàu Tết Nguyên đán từ ngày 1/12, với giá vé trung bình tăng khoảng 5% so với năm trước.

Trong dịp cao điểm từ ngày 5/2 đến ngày 5/3, ngành đường sắt dự kiến chạy thêm 28 đoàn tàu trên tuyến Hà Nội – TP.HCM và các tuyến ngắn từ Hà Nội, Đà Nẵng, TP.HCM.

Theo đại diện tổng công ty, việc tăng giá chủ yếu do chi phí nhiên liệu và bảo trì tăng. Tuy nhiên, hành khách mua vé sớm hoặc mua vé khứ hồi vẫn được giảm giá.

Giá vé một chiều tham khảo cho một số chặng như sau:

| Chặng | Ghế mềm điều hòa | Giường nằm khoang 4 |
| Hà Nội – Vinh | 390.000 đồng | 560.000 đồng |
| Hà Nội – Đà Nẵng | 920.000 đồng | 1.350.000 đồng |
| Đà Nẵng – TP.HCM | 880.000 đồng | 1.290.000 đồng |
| Hà Nội – TP.HCM | 1.480.000 đồng | 2.150.000 đồng |

Các mức giảm giá được áp dụng như sau:

- Học sinh, sinh viên: giảm 10%
- Người cao tuổi từ 60 tuổi trở lên: giảm 15%
- Trẻ em từ 6 đến dưới 10 tuổi: giảm 25%
- Mua vé khứ hồi: giảm 5% cho chiều về

Hành khách có thể mua vé qua trang web, ứng dụng của ngành đường sắt, tại nhà ga hoặc qua các ngân hàng và ví điện tử liên kết. Năm nay, ngành đường sắt không bán vé qua đại lý trung gian để hạn chế tình trạng đầu cơ.

Ông Trần Văn Minh, một hành khách thường xuyên đi tàu từ Hà Nội về Quảng Bình, cho biết: "Giá tăng chút ít nhưng vẫn rẻ hơn máy bay, lại mang được nhiều đồ về quê."

Đường sắt khuyến cáo hành khách mua vé sớm, kiểm tra kỹ thông tin trên vé và chỉ mua qua kênh chính thức. Năm ngoái, ngành đường sắt đã phục vụ hơn 1,2 triệu lượt khách trong dịp Tết.""",
    },
    "clean-interview-ch": {
        "lang": "de", "date": "2026-10-31", "author": "Lukas Brunner",
        "title": "«Der Gletscher verschwindet schneller, als wir messen können»",
        "dek": "",
        "body": """Die Glaziologin Andrea Zurbriggen misst seit zwanzig Jahren den Rhonegletscher. Ein Gespräch über Messlatten im Eis, weisse Tücher und die Frage, was bleibt.

**Frau Zurbriggen, wie viel Eis hat der Rhonegletscher diesen Sommer verloren?**

Im Mittel gut drei Meter Dicke. Auf der Zunge waren es an manchen Stellen über sechs Meter.

**Ist das ungewöhnlich?**

Leider nicht mehr. Vor zwanzig Jahren hätten wir so einen Wert für einen Ausnahmesommer gehalten. Heute ist es ein durchschnittliches Jahr.

**Wie messen Sie das überhaupt?**

Wir bohren im Frühling Stangen ins Eis, etwa zwölf Meter tief. Im Herbst messen wir, wie viel von der Stange herausschaut. Dazu kommen Drohnenflüge und Satellitenbilder. Die Stangen sind altmodisch, aber sie lügen nicht.

**Ein Teil des Gletschers wird im Sommer mit weissen Tüchern abgedeckt. Bringt das etwas?**

Lokal schon. Unter den Tüchern schmilzt etwa halb so viel Eis. Aber wir reden von einigen Hektaren, die für die Touristen bei der Eisgrotte abgedeckt werden. Für den Gletscher als Ganzes spielt das keine Rolle.

**Was sagen Sie Leuten, die fragen, ob man den Gletscher noch retten kann?**

Dass die Frage falsch gestellt ist. Den Rhonegletscher, wie wir ihn kennen, gibt es in fünfzig Jahren nicht mehr. Die Frage ist, ob oben ein Rest bleibt oder gar nichts. Das hängt davon ab, wie viel CO2 wir in den nächsten Jahrzehnten ausstossen.

**Werden Sie manchmal traurig bei der Arbeit?**

Ja. Ich habe als Studentin auf Eis gestanden, wo heute ein See ist. Das vergisst man nicht.

**Und trotzdem gehen Sie jedes Jahr wieder hinauf.**

Jemand muss aufschreiben, was passiert. Das sind wir den Leuten schuldig, die nach uns kommen.""",
    },
    "junk-ar-daily": {
        "lang": "ar", "date": "2026-11-07", "author": "محمد الشريف",
        "title": "الإسكندرية تطلق مشروعًا لترميم المباني التراثية في حي المنشية",
        "dek": "",
        "body": """أطلقت محافظة الإسكندرية مشروعًا لترميم واجهات 40 مبنى تراثيًا في حي المنشية وسط المدينة، في إطار خطة لإعادة إحياء المنطقة التاريخية وجذب مزيد من الزوار.

وقال محافظ الإسكندرية إن المرحلة الأولى من المشروع تشمل المباني المطلة على ميدان المنشية وشارع فرنسا، على أن تنتهي الأعمال خلال ثمانية عشر شهرًا. وتبلغ تكلفة المرحلة الأولى نحو 120 مليون جنيه.

وأوضح أن أعمال الترميم ستتم بإشراف لجنة من أساتذة العمارة بجامعة الإسكندرية، بهدف الحفاظ على الطابع المعماري الأصلي للمباني التي يعود معظمها إلى أواخر القرن التاسع عشر وأوائل القرن العشرين.

وأضاف أن المشروع يشمل أيضًا إزالة الإعلانات العشوائية وتوحيد لافتات المحال التجارية، وتحسين الإضاءة الليلية للمباني.

وقالت الدكتورة منى عبد الحميد، أستاذة العمارة وعضو اللجنة، إن كثيرًا من هذه المباني عانت من الإهمال لعقود، وإن بعض الشرفات والزخارف الحجرية أصبحت تمثل خطرًا على المارة. وأضافت: «نحن لا نريد أن نجعل المباني تبدو جديدة، بل أن نعيدها إلى حالتها الأصلية قدر الإمكان».

ويطالب عدد من سكان المنطقة بأن يشمل المشروع الأجزاء الداخلية من المباني، خاصة السلالم والأسقف المتهالكة. وقال أحد السكان، ويعمل صاحب محل ملابس في شارع فرنسا، إن ترميم الواجهات وحده لا يكفي إذا كانت المباني من الداخل في حالة سيئة.

وأكدت المحافظة أن الملاك والسكان لن يتحملوا أي تكاليف في المرحلة الأولى، وأنه سيتم دراسة ترميم الأجزاء الداخلية في مراحل لاحقة بالتعاون مع الملاك.

ويضم حي المنشية عددًا من أقدم مباني المدينة الحديثة، من بينها مبانٍ صممها معماريون إيطاليون وفرنسيون.

ومن المقرر أن تعلن المحافظة خلال الأسابيع المقبلة عن قائمة الشركات المتخصصة التي ستنفذ الأعمال، بعد مراجعة خبراتها السابقة في ترميم المباني التاريخية. كما ستخصص المحافظة مكتبًا في الحي لتلقي استفسارات السكان وأصحاب المحال طوال فترة العمل.""",
    },
    "clean-list-cz": {
        "lang": "cs", "date": "2026-11-23", "author": "Tereza Novotná",
        "title": "Co se mění od ledna: nové poplatky za odpad v Brně",
        "dek": "",
        "body": """Brno od ledna mění způsob, jakým lidé platí za komunální odpad. Místo jednotného poplatku za osobu bude výše platby záviset na tom, kolik odpadu domácnost vyprodukuje. Shrnujeme, co se mění.

## Kolik se bude platit?

Základní poplatek klesne z 900 na 720 korun na osobu a rok. K němu se připočte částka podle objemu nádoby na směsný odpad a četnosti svozu.

## Koho se změna týká?

Týká se všech, kdo mají v Brně trvalý pobyt, a také majitelů rekreačních objektů a bytů, ve kterých nikdo hlášen není.

## Co musí lidé udělat?

- Do konce února nahlásit počet osob v domácnosti, pokud se od loňska změnil.
- Vybrat si velikost nádoby, pokud bydlí v rodinném domě.
- V bytových domech se na velikosti nádob dohodne správce nebo společenství vlastníků.
- Zaplatit poplatek do konce května, a to najednou nebo ve dvou splátkách.

## Kdo má nárok na slevu?

Děti do šesti let a lidé starší 80 let budou platit polovinu. Slevu mohou získat také domácnosti, které kompostují bioodpad na vlastní zahradě.

## Proč město systém mění?

Podle radního pro životní prostředí Martina Dvořáka chce město lidi motivovat, aby více třídili. „Kdo třídí, bude platit méně. Dnes platí stejně ten, kdo třídí všechno, i ten, kdo netřídí nic,“ řekl Dvořák.

V Brně se dnes vytřídí zhruba 35 procent komunálního odpadu. Cílem je do roku 2030 dosáhnout 60 procent.

## Kde získat více informací?

Na zákaznických centrech městské společnosti pro svoz odpadu a na bezplatné telefonní lince, která bude v lednu a únoru otevřená i v sobotu dopoledne.

Město zároveň rozšíří síť sběrných dvorů o dva nové v Líšni a v Bohunicích, aby lidé měli velký a tříděný odpad kam odvézt.""",
    },
    "clean-faq-dk": {
        "lang": "da", "date": "2026-11-25", "author": "Mette Lindholm",
        "title": "Overblik: Sådan bliver den nye pris på fjernvarme i Aarhus",
        "dek": "",
        "body": """Fra 1. januar sænker Aarhus fjernvarme prisen for de fleste kunder. Her er svarene på de spørgsmål, vi oftest har fået fra læserne.

## Hvor meget falder prisen?

For et typisk parcelhus på 130 kvadratmeter falder den samlede årlige regning med omkring 1.400 kroner. For en lejlighed på 75 kvadratmeter er besparelsen cirka 800 kroner.

## Hvorfor bliver det billigere?

Varmeværket har skiftet en stor del af sin kulbaserede produktion ud med varmepumper og overskudsvarme fra et nyt datacenter. Desuden er prisen på biomasse faldet i løbet af året.

## Gælder det alle kunder?

Nej. Kunder i de yderste landsbyer, der forsynes af et mindre værk, får først en ny pris fra sommer.

## Skal jeg selv gøre noget?

Nej. Den nye pris kommer automatisk med på næste acontoregning. Hvis du vil have ændret dit acontobeløb med det samme, kan du ringe til kundeservice.

## Hvad med den faste afgift?

Den faste afgift stiger en smule, fra 2.950 til 3.050 kroner om året. Det skyldes investeringer i nye rør. Prisen per forbrugt megawatttime falder derimod med 11 procent.

## Kan prisen stige igen?

Ja. Varmeværket fastsætter prisen hvert år, og den afhænger blandt andet af el-priserne, fordi varmepumperne bruger strøm.

"Vi forventer, at prisen er stabil de næste par år, men vi kan ikke love noget," siger direktør Søren Krogh.

## Hvad gør jeg, hvis jeg vil spare mere?

Tjek, at din radiator bliver kold i bunden, og få din installatør til at se på anlægget, hvis returvandet er varmt. Det kan give rabat på din regning.""",
    },
}
