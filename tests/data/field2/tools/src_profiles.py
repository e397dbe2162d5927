# Source of profiles.jsonl (hand-written). Ages are computed against 2026.
PROFILES = []
WD = ["mon", "tue", "wed", "thu", "fri"]
def dp(days, parts):
    return [f"{d}-{p}" for d in days for p in parts]

def p(id, lang, languages, level, interests, profession, kern, gem, lat, lon, **kw):
    d = {"id": id, "lang": lang, "languages": languages, "dutch_level": level,
         "interests": interests, "profession": profession, "kern": kern, "gemeente": gem,
         "lat": lat, "lon": lon}
    d.update(kw)
    PROFILES.append(d)

# ---------------- Arabic ----------------
p("p01", "ar", ["ar"], "A1",
  "بدي اشتغل بأي شي بس انا كنت خباز بالشام ١٥ سنة، بعرف اعمل خبز عربي وكعك ومعجنات. كمان بحب الفوتبول كتير بس بتفرج عليه بالتلفزيون ما بلعب، ركبتي بتوجعني",
  "خباز", "Dalfsen", "Dalfsen", 52.5090, 6.2500,
  wants=["werkervaringsplek", "taalstage"], goals=["werk", "taal"],
  availability=dp(WD + ["sat"], ["am"]), mobility=["bike"], gender="m", birth_year=1986)

p("p02", "ar", ["ar"], "A0",
  "اني اريد اتعلم اللغة الهولندية هواية هواية لان ما اعرف احجي ويا الناس. عندي ولدين صغار واحد عمره ٣ سنين. احب الخياطة وجنت اخيط ملابس للجيران بالعراق. ابني الجبير عمره ١٠ سنين يحتاج مساعدة بالواجبات",
  "ربة بيت، خياطة بالبيت", "Nieuwleusen", "Dalfsen", 52.5800, 6.2790,
  goals=["taal", "ontmoeten"], availability=dp(["mon", "tue", "wed", "thu"], ["am"]),
  mobility=["walk", "ov"], gender="f", birth_year=1990, needs_childcare=True)

p("p03", "ar", ["ar", "en"], "A2",
  "انا داير اشتغل في الكهربا، كنت كهربجي في الخرطوم ٦ سنين، تمديدات بيوت وصيانة. بحب الكورة شديد وبلعب مع اصحابي. ما عايز شغل مطاعم تاني، اشتغلت في مطعم في مصر وتعبت",
  "كهربائي", "Enschede", "Enschede", 52.2050, 6.8720,
  wants=["werkervaringsplek", "sport"], goals=["werk"],
  availability=dp(WD, ["pm"]) + dp(["wed", "thu", "fri"], ["eve"]) + ["sat-am", "sat-pm"],
  mobility=["bike"], max_km=10, gender="m", birth_year=1998)

p("p04", "ar", ["ar"], "A1",
  "انا عايزة اتعرف على ناس هنا عشان قاعدة لوحدي في البيت طول اليوم وولادي كبروا. بحب الطبخ جدا والمزيكا، كنت مدرسة عربي في اسكندرية ٢٠ سنة. مش عايزة رياضة خالص",
  "مدرسة لغة عربية", "Apeldoorn", "Apeldoorn", 52.2270, 5.9880,
  goals=["ontmoeten", "gezondheid"], mobility=["ov", "walk"], gender="f", birth_year=1975)

p("p05", "ar", ["ar", "en"], "A2",
  "ana b7eb el boxing ktiiir w kent ale3b bi 7oms abel ma nes2a3 3a turkya. badi sa7eb hollandi y3allimni el loghat w nro7 3al gym sawa. w badi eshtghel ba3d el madrase bas ma b3ref shu ba3d",
  "talib (student ISK)", "Zwolle", "Zwolle", 52.5340, 6.1000,
  goals=["ontmoeten", "taal"],
  availability=dp(WD, ["eve"]) + dp(["sat", "sun"], ["am", "pm", "eve"]),
  mobility=["bike"], gender="m", birth_year=2007)

p("p06", "ar", ["ar", "en"], "B1",
  "ana mohandesa computer, 3mlt 5 sneen bel IT support b sharika b baghdad, networks w windows. 2reed 2shte3'el b majali hon. a7eb el 2ra2a w el tasweer (photography) w 2tmasha bel madina",
  "IT support engineer", "Leeuwarden", "Leeuwarden", 53.2150, 5.7990,
  wants=["werkervaringsplek", "cursus"], goals=["werk"],
  availability=dp(WD, ["am", "pm"]), mobility=["bike", "ov"], gender="f", birth_year=1995)

p("p07", "ar", ["ar"], "A0",
  "انا كبير بالعمر وما بقدر اشتغل شغل تقيل، ضهري تعبان. كنت مزارع عندي ارض زيتون بإدلب. بحب الزراعة والجنينة وبحب اقعد مع الناس ونشرب قهوة ونحكي",
  "مزارع", "Lemelerveld", "Dalfsen", 52.4450, 6.3370,
  goals=["ontmoeten", "gezondheid"], mobility=["walk"], gender="m", birth_year=1962)

p("p08", "ar", ["ar"], "A1",
  "عندي تلاتة أطفال، بتي الكبيرة في المدرسة (١١ سنة) وعايزة ليها مساعدة في الواجب المدرسي. انا كنت ممرضة في السودان ١٠ سنين وعايزة ارجع اشتغل في التمريض بس لغتي لسه ضعيفة عايزة اتعلم اكتر",
  "ممرضة", "Enschede", "Enschede", 52.2070, 6.8660,
  wants=["huiswerkbegeleiding", "taalcoach"], goals=["taal", "werk"],
  availability=dp(WD, ["am"]), mobility=["walk", "ov"], gender="f", birth_year=1988, needs_childcare=True)

p("p09", "ar", ["ar", "en"], "B1",
  "اشتغلت ميكانيك سيارات ١٨ سنة بالبصرة، عندي خبرة بالمحركات والكهرباء مال السيارات. احب اشتغل بكراج هنا. ابني عمره ١٤ يحب كرة القدم يريد نادي",
  "ميكانيكي سيارات", "Apeldoorn", "Apeldoorn", 52.1980, 5.9990,
  wants=["werkervaringsplek"], goals=["werk"],
  availability=dp(WD, ["am", "pm"]), mobility=["car", "bike"], gender="m", birth_year=1980)

p("p10", "ar", ["ar"], "A2",
  "انا بحب الجيم والجري كل يوم. كنت بشتغل في فرن عيش في القاهرة بس مش عايز ارجع للشغل ده تاني خالص. عايز اشتغل في حاجة فيها ناس واتكلم هولندي، زي محل او سوبرماركت",
  "كان عامل في فرن، عايز يشتغل كاشير او في سوبرماركت", "Dalfsen", "Dalfsen", 52.5040, 6.2620,
  wants=["werkervaringsplek", "taalstage", "sport"], goals=["werk", "taal"],
  availability=dp(WD, ["am", "pm"]) + ["sat-am"], mobility=["bike"], gender="m", birth_year=2001)

# ---------------- Tigrinya ----------------
p("p11", "ti", ["ti"], "A1",
  "ኣነ ኣብ ኣስመራ መካኒክ ብሽክለታ ነይረ ን10 ዓመት። ብሽክለታ ምጽጋን ኣዝዩ ይፈቱ። ኩዕሶ እግሪ ክጻወት እውን ይደሊ ምስ ጉጅለ።",
  "መካኒክ ብሽክለታ", "Dalfsen", "Dalfsen", 52.5100, 6.2560,
  wants=["taalstage", "sport"], goals=["werk", "ontmoeten"],
  availability=dp(["mon", "tue", "wed", "thu"], ["am"]) + ["tue-eve", "thu-eve", "sun-am"],
  mobility=["bike"], gender="m", birth_year=1994)

p("p12", "ti", ["ti"], "A0",
  "ቋንቋ ሆላንድ ክመሃር ደልየ ግን ንበይነይ ክኸይድ ይፈርህ። ክልተ ንኣሽቱ ቆልዑ ኣለዉኒ። ምስ ካልኦት ኣዴታት ክራኸብ ደስ ይብለኒ። ብሽክለታ ምዝዋር ክመሃር ይደሊ።",
  "", "Nieuwleusen", "Dalfsen", 52.5840, 6.2850,
  goals=["taal", "ontmoeten"], availability=["mon-am", "wed-am", "thu-am"],
  mobility=["walk"], gender="f", birth_year=1992, needs_childcare=True)

p("p13", "ti", ["ti", "en"], "A2",
  "ኣነ ኣብ warehouse ክሰርሕ ይደሊ, forklift license ክረክብ ድማ። ምሸት ጥራይ free እየ ምኽንያቱ መዓልቲ school ኣለኒ። weekend ቀዳም ንግሆ ይኽእል።",
  "warehouse / logistiek", "Enschede", "Enschede", 52.2370, 6.9010,
  goals=["werk"],
  availability=dp(WD, ["eve"]) + ["sat-am"], mobility=["bike"], gender="m", birth_year=2000)

p("p14", "ti", ["ti"], "A1",
  "ኣብ ኤርትራ ኣብ ሆስፒታል ከም ሓጋዚት ነርስ ሰሪሐ። ሽማግለታት ምሕጋዝ ይፈቱ። ሰንበት ቤተ ክርስትያን ምኻድ ደስ ይብለኒ፣ መዝሙር ምዝማር ድማ ይፈቱ።",
  "ሓጋዚት ነርስ (nurse assistant)", "Apeldoorn", "Apeldoorn", 52.2320, 5.9680,
  wants=["taalstage", "vrijwilligerswerk"], goals=["werk", "taal"],
  availability=dp(WD, ["am", "pm"]) + ["sun-am"], mobility=["ov", "walk"], gender="f", birth_year=1985)

p("p15", "ti", ["ti"], "A0",
  "ዕድመይ ዓብዩ እዩ። ኣብ ኤርትራ ሓረስታይ ነይረ፣ ጤለ በጊዕ ከኣ ነይሩኒ። ኣብ ገዛ ጥራይ ኮፍ ምባል ኣይፈቱን፣ ምስ ሰባት ቡን ክሰቲ ክዛረብ ይደሊ።",
  "ሓረስታይ", "Leeuwarden", "Leeuwarden", 53.2060, 5.8210,
  goals=["ontmoeten"], mobility=["walk"], gender="m", birth_year=1970)

p("p16", "ti", ["ti", "en"], "A2",
  "ኣነ nurse ክኸውን እደሊ፣ ንሕጂ ግን ብዛዕባ zorg ክመሃር። ኣብ Zwolle friends ክረክብ ደስ ይብለኒ፣ dance ከኣ ይፈቱ።",
  "wil verpleegkundige worden", "Zwolle", "Zwolle", 52.5300, 6.0560,
  goals=["werk", "ontmoeten"],
  availability=["tue-am", "thu-am"] + dp(["sat", "sun"], ["am", "pm", "eve"]),
  mobility=["bike"], gender="f", birth_year=2005)

p("p17", "ti", ["ti"], "A2",
  "ኣብ ኤርትራ ብየዳ (welding) ሰሪሐ 8 ዓመት፣ ሓጺን ምቑራጽን ምልሓምን እኽእል። ኣብዚ ድማ ኣብ ከምዚ ስራሕ ክሰርሕ ይደሊ። ኩዕሶ ምርኣይ ይፈቱ።",
  "ብየዳ / welder", "Lemelerveld", "Dalfsen", 52.4420, 6.3420,
  wants=["taalstage", "werkervaringsplek"], goals=["werk"],
  availability=dp(WD, ["am", "pm"]), mobility=["bike"], gender="m", birth_year=1989)

p("p18", "ti", ["ti"], "A1",
  "ኣብ ኤርትራ ሰፋይት ክዳን ነይረ። ክዳውንቲ ምስፋይ ኣዝዩ እፈቱ፣ ናይ ባህሊ ክዳን ከይተረፈ። ግን ስፖርት ኣይፈቱን። ቆልዓይ ንእሽቶ እዩ።",
  "ሰፋይት (seamstress)", "Glanerbrug", "Enschede", 52.2120, 6.9760,
  wants=["werkervaringsplek", "cultuur"], goals=["werk"],
  availability=dp(WD, ["am", "pm"]), mobility=["walk", "ov"], gender="f", birth_year=1998, needs_childcare=True)

p("p19", "ti", ["ti", "en"], "A2",
  "ኣነ ተምሃራይ ISK እየ ዕድመይ 17። basketball ከምኡ ድማ football ይፈቱ። ናይ math homework ሓገዝ የድልየኒ። Dutch friends ክረክብ ይደሊ።",
  "student", "Apeldoorn", "Apeldoorn", 52.2290, 5.9930,
  goals=["ontmoeten", "taal"],
  availability=dp(WD, ["pm", "eve"]) + dp(["sat", "sun"], ["am", "pm"]),
  mobility=["bike"], gender="m", birth_year=2009)

p("p20", "ti", ["ti"], "A1",
  "ሓደ ስራሕ ክረክብ ይደሊ። ኣብ ኤርትራ ድኳን ነይሩኒ፣ ናይ ገዛ ስራሕ ከም ኣናጺ (ዕንጨይቲ) ድማ ይኽእል እየ። ኣብ ግሩ (Grou) እየ ዝቕመጥ።",
  "ነጋዳይ ድኳን፣ ኣናጺ", "Grou", "Leeuwarden", 53.0970, 5.8330,
  wants=["werkervaringsplek"], goals=["werk"],
  availability=dp(WD, ["am", "pm"]), mobility=["ov", "bike"], gender="m", birth_year=1983)

# ---------------- Farsi / Dari ----------------
p("p21", "fa", ["prs", "en"], "A1",
  "من کرکت را خیلی دوست دارم، در افغانستان هر روز با دوستانم بازی میکردم. در کابل خیاط بودم و لباس مردانه میدوختم. میخواهم کار پیدا کنم.",
  "خیاط", "Dalfsen", "Dalfsen", 52.5030, 6.2500,
  wants=["sport", "werkervaringsplek"], goals=["werk", "ontmoeten"],
  availability=dp(WD, ["am", "pm"]) + ["sat-pm", "sun-pm"], mobility=["bike"], gender="m", birth_year=1999)

p("p22", "fa", ["fa", "en"], "B1",
  "man too Iran moalem-e riazi boodam (math teacher) 12 sal. doost daram be bachehaa komak konam, masalan homework riazi. ham inke yoga va piade-ravi doost daram, vali ghasam nemikhoram ke varzesh-e groohi bokonam",
  "math teacher (moalem-e riazi)", "Zwolle", "Zwolle", 52.5130, 6.0920,
  goals=["werk", "ontmoeten"],
  availability=dp(WD, ["pm"]) + ["sat-am"], mobility=["bike"], gender="f", birth_year=1987)

p("p23", "fa", ["prs"], "A0",
  "من دوست دارم با زنان دیگر آشنا شوم. شوهرم فقط اجازه میده جای بروم که زنها باشند. میخواهم بایسکل سواری یاد بگیرم که خودم بچه ها را به مکتب ببرم.",
  "", "Apeldoorn", "Apeldoorn", 52.2110, 6.0080,
  goals=["ontmoeten", "taal"], mobility=["walk"], gender="f", birth_year=1996, needs_childcare=True)

p("p24", "fa", ["fa", "en"], "A2",
  "در ایران مهندس ساختمان بودم، سی سال کار کردم. حالا تقریبا بازنشسته‌ام ولی دوست دارم کار داوطلبانه بکنم و مفید باشم. شطرنج بازی میکنم و عاشق باغبانی هستم.",
  "مهندس ساختمان (civil engineer)", "Enschede", "Enschede", 52.2250, 6.8990,
  goals=["ontmoeten"], mobility=["ov", "walk"], gender="m", birth_year=1965)

p("p25", "fa", ["fa"], "A2",
  "salam, man futsal baazi mikonam va gym doost daram. mikham kar konam, too Iran too ye restooran ashpaz boodam vali dige ashpazi nemikham, kheili khaste shodam",
  "ashpaz (kok), wil ander werk", "Leeuwarden", "Leeuwarden", 53.2080, 5.8050,
  wants=["sport", "werkervaringsplek"], goals=["werk"],
  availability=dp(WD, ["am", "pm", "eve"]) + ["sat-pm"], mobility=["bike"], gender="m", birth_year=2004)

p("p26", "fa", ["prs"], "A1",
  "من در هرات آشپز بودم و نان پختن را خوب بلدم، نان افغانی و کلچه. میخواهم در نانوایی کار کنم. دخترم ۹ ساله است و برای درسهایش کمک میخواهد.",
  "آشپز، نانوا", "Nieuwleusen", "Dalfsen", 52.5790, 6.2780,
  wants=["werkervaringsplek", "huiswerkbegeleiding"], goals=["werk"],
  availability=dp(WD, ["am", "pm"]), mobility=["bike"], gender="f", birth_year=1978)

p("p27", "fa", ["fa", "en"], "B2",
  "من دانشجوی پرستاری بودم در شیراز، سال سوم. میخواهم زودتر کار کنم در بیمارستان یا خانه سالمندان. عکاسی و نقاشی هم دوست دارم.",
  "دانشجوی پرستاری", "Enschede", "Enschede", 52.2290, 6.8850,
  wants=["werkervaringsplek", "taalstage"], goals=["werk"],
  availability=dp(WD, ["am", "pm"]), mobility=["bike"], gender="f", birth_year=2000)

p("p28", "fa", ["prs"], "A2",
  "در افغانستان راننده بودم، موتر را هم تعمیر میکنم. میخواهم کار کنم. فوتبال را از تلویزیون تماشا میکنم ولی بازی نمیکنم.",
  "راننده، مکانیک موتر", "Ugchelen", "Apeldoorn", 52.1840, 5.9360,
  goals=["werk"], availability=dp(WD, ["am", "pm"]), mobility=["bike", "car"], gender="m", birth_year=1992)

p("p29", "fa", ["fa", "en"], "B1",
  "man too Tehran arayeshgar boodam, 10 sal salon-e khodam ro dashtam. doost daram dobare kar konam. ye dokhtar daram 6 sale, mikham baraash ketab bekhoonan ke holandi yad begire",
  "kapper (arayeshgar)", "Zwolle", "Zwolle", 52.5010, 6.1020,
  wants=["taalstage", "gezin"], goals=["werk"],
  availability=dp(WD, ["am", "pm"]) + ["sat-am", "sat-pm"], mobility=["ov"], max_km=25,
  gender="f", birth_year=1984)

p("p30", "fa", ["fa"], "A0",
  "تنها هستم، زنم فوت کرده و بچه هایم در آلمان هستند. دوست دارم موسیقی سنتی ایرانی گوش بدهم و با مردم صحبت کنم. هر روز پیاده روی میکنم.",
  "", "Stiens", "Leeuwarden", 53.2610, 5.7600,
  goals=["ontmoeten", "gezondheid"], mobility=["walk", "ov"], gender="m", birth_year=1961)

# ---------------- Somali ----------------
p("p31", "so", ["so"], "A1",
  "Waxaan rabaa inaan barto luqadda Nederlandka si aan ula hadlo macalimiinta carruurta. Waxaan leeyahay afar carruur ah. Gabadhayda 10 jir ah waxay u baahan tahay caawimaad casharada guriga. Waxaan jeclahay karinta cuntada.",
  "", "Enschede", "Enschede", 52.1930, 6.8600,
  wants=["taalcafe", "huiswerkbegeleiding"], goals=["taal"],
  availability=dp(WD, ["am", "pm"]), mobility=["walk", "ov"], gender="f", birth_year=1990, needs_childcare=True)

p("p32", "so", ["so", "en"], "A2",
  "Waxaan ahaa darawal tagsi ah Muqdisho 7 sano. Waxaan rabaa shaqo, wax kasta. Kubbadda cagta waan ciyaaraa habeenkii.",
  "darawal tagsi", "Apeldoorn", "Apeldoorn", 52.2150, 5.9750,
  wants=["werkervaringsplek", "sport"], goals=["werk"],
  availability=dp(WD, ["am", "pm", "eve"]), mobility=["bike"], gender="m", birth_year=1997)

p("p33", "so", ["so"], "A0",
  "Ma aqaano akhris badan. Waxaan rabaa inaan la kulmo haweenka kale oo aan ka baxo guriga. Tolida dharka waan jeclahay, hooyaday ayaa i bartay.",
  "", "Leeuwarden", "Leeuwarden", 53.1870, 5.7900,
  goals=["ontmoeten"], availability=dp(WD, ["am"]), mobility=["walk"], max_km=5,
  gender="f", birth_year=1982)

p("p34", "so", ["so"], "A1",
  "Waxaan rabaa inaan ciyaaro kubbadda cagta iyo inaan helo saaxiibo Holandays ah. Shaqo dhisme ayaan rabaa mustaqbalka.",
  "shaqo dhisme (bouw)", "Dalfsen", "Dalfsen", 52.5000, 6.2650,
  goals=["ontmoeten", "werk"],
  mobility=["bike"], gender="m", birth_year=2003)

p("p35", "so", ["so"], "A1",
  "Waxaan ka shaqeyn jiray suuqa, waxaan iibin jiray khudaar iyo miro. Waxaan rabaa inaan caawiyo dadka, tusaale ahaan bangiga cuntada ama meel dharka lagu kala saaro.",
  "iibiye khudaar (marktkoopvrouw)", "Zwolle", "Zwolle", 52.5310, 6.1080,
  goals=["ontmoeten", "werk"],
  availability=dp(WD, ["am", "pm"]), mobility=["walk", "ov"], gender="f", birth_year=1975)

p("p36", "so", ["so", "ar", "en"], "A2",
  "Waxaan ahaa macallin dugsi hoose Hargeysa. Waxaan rabaa inaan noqdo turjubaan ama inaan caawiyo dadka cusub ee yimid. Sidoo kale carruurta waan jeclahay inaan wax baro.",
  "macallin (leraar basisschool)", "Enschede", "Enschede", 52.2110, 6.8810,
  goals=["werk", "ontmoeten"],
  availability=dp(WD, ["am", "pm"]), mobility=["bike"], gender="m", birth_year=1988)

p("p37", "so", ["so", "en"], "A2",
  "Waxaan jeclahay ciyaaraha, gaar ahaan orodka iyo dabaasha, laakiin kaliya haween. Waxaan rabaa inaan noqdo kalkaaliso caafimaad (nurse) mustaqbalka.",
  "wil verpleegkundige worden", "Apeldoorn", "Apeldoorn", 52.2200, 5.9600,
  goals=["gezondheid", "werk"],
  mobility=["bike"], gender="f", birth_year=2006)

p("p38", "so", ["so"], "A1",
  "Waxaan ahaa beeraley, xoolo ayaan dhaqan jiray, geel iyo ari. Waxaan jeclahay beerta iyo xayawaanka. Magaalada dhexdeeda ma jecli.",
  "beeraley / xoolo dhaqato", "Loenen", "Apeldoorn", 52.1190, 6.0200,
  goals=["ontmoeten", "werk"], mobility=["car"], gender="m", birth_year=1968)

p("p39", "so", ["so"], "A0",
  "Waxaan rabaa inaan barto Nederlandka oo aan ka qaybqaato waxyaabaha tuulada. Gabadhayda yar (3 sano) waxay u baahan tahay in loo akhriyo buugaag, anigu ma akhrin karo Nederlandka.",
  "", "Lemelerveld", "Dalfsen", 52.4450, 6.3410,
  wants=["taalcoach", "gezin"], goals=["taal", "ontmoeten"],
  mobility=["walk"], gender="f", birth_year=1993, needs_childcare=True)

p("p40", "so", ["so", "en"], "A2",
  "Waxaan ahaa farsamoyaqaan koronto. Waxaan rabaa shaqo koronto ama IT. Maalintii waxaan aadaa iskuulka luqadda, habeenkii iyo sabtida ayaan bannaanahay.",
  "farsamoyaqaan koronto (elektricien)", "Leeuwarden", "Leeuwarden", 53.2040, 5.8100,
  wants=["werkervaringsplek"], goals=["werk"],
  availability=dp(WD, ["eve"]) + ["sat-am", "sat-pm"], mobility=["bike"], gender="m", birth_year=2001)

# ---------------- broken English ----------------
p("p41", "en", ["en", "ti"], "A1",
  "I am cook before in hotel in Asmara 6 year. I want work in kitchen or any work but with dutch people, not only with my country people, I need learn language. I like play football and volleyball.",
  "cook (hotel kitchen)", "Nieuwleusen", "Dalfsen", 52.5850, 6.2800,
  wants=["werkervaringsplek", "sport"], goals=["werk", "taal"],
  availability=dp(WD, ["am", "pm", "eve"]) + ["sun-am"], mobility=["bike"], gender="m", birth_year=1991)

p("p42", "en", ["ar", "en"], "B1",
  "I was pharmacist in Aleppo 10 years. I want to find way back to my job but first i must improve my dutch. I like reading books very much, and my son (8) want to play football or learn to swim.",
  "pharmacist", "Apeldoorn", "Apeldoorn", 52.2090, 5.9680,
  wants=["taalcoach"], goals=["taal", "werk"],
  availability=dp(WD, ["am", "pm"]) + ["tue-eve", "thu-eve"], mobility=["bike"], gender="f", birth_year=1986)

p("p43", "en", ["fa", "en"], "A2",
  "hi, i am software developer, 15 year experience java and database. looking for job or internship in IT. also i like cycling on weekend long distance, i have racing bike.",
  "software developer", "Lonneker", "Enschede", 52.2530, 6.9140,
  wants=["werkervaringsplek", "sport"], goals=["werk"],
  availability=dp(WD, ["am", "pm"]) + ["sat-am", "sun-am"], mobility=["car", "bike"], gender="m", birth_year=1979)

p("p44", "en", ["ti", "en"], "A2",
  "Hello, i want become teacher for small children (kinderopvang). now i work nothing. i like to sing in church and with group, i have good voice people say. i dont like sport.",
  "wants to work in kinderopvang", "Zwolle", "Zwolle", 52.5080, 6.0990,
  goals=["werk", "ontmoeten"], mobility=["bike"], gender="f", birth_year=2002)

p("p45", "en", ["ar", "en"], "A1",
  "I was accountant in bank in Khartoum. Now I need help with letters and money things, too many papers from belastingdienst i dont understand. Also i like chess and walking.",
  "accountant (bank)", "Leeuwarden", "Leeuwarden", 53.2110, 5.8370,
  goals=["financien", "taal"],
  availability=dp(WD, ["am", "pm"]), mobility=["bike"], gender="m", birth_year=1973)

p("p46", "en", ["so", "en"], "A1",
  "i am mother of 2 kids (1 and 4), my husband work all day. I want meet other women and do some sport but with childcare please. before i was hairdresser in Nairobi.",
  "hairdresser", "Enschede", "Enschede", 52.2060, 6.8650,
  goals=["ontmoeten", "gezondheid"], availability=dp(WD, ["am"]),
  mobility=["walk"], gender="f", birth_year=1995, needs_childcare=True)

p("p47", "en", ["prs", "en"], "A2",
  "I am 19 and go to ISK school. I want friend dutch and play cricket!! also football ok. need help for homework english and math",
  "student", "Apeldoorn", "Apeldoorn", 52.2280, 5.9900,
  goals=["ontmoeten"],
  availability=dp(WD, ["pm", "eve"]) + dp(["sat", "sun"], ["am", "pm"]),
  mobility=["bike"], gender="m", birth_year=2007)

p("p48", "en", ["ar", "en"], "A2",
  "i have truck license from iraq, i drove truck 12 years between Mosul and Baghdad. i want work as driver or in logistic. weekend i am free for volunteer also.",
  "truck driver", "Dalfsen", "Dalfsen", 52.5060, 6.2450,
  wants=["werkervaringsplek", "vrijwilligerswerk"], goals=["werk"],
  mobility=["car"], gender="m", birth_year=1985)

p("p49", "en", ["ti", "en"], "A2",
  "I like very much baking cakes and bread, i want to do it for work maybe. I also want to learn more dutch, conversation. Not evening please, i am alone with my baby.",
  "", "Goutum", "Leeuwarden", 53.1770, 5.8000,
  wants=["taalstage", "taalcafe"], goals=["werk", "taal"],
  availability=dp(WD, ["am", "pm"]), mobility=["bike"], gender="f", birth_year=1999, needs_childcare=True)

p("p50", "en", ["ar", "en"], "A1",
  "I am old and tired but I like to make things with my hands, I repair radios and tv in Syria 30 years. i like horses also, from my village.",
  "radio/tv repairman", "Boekelo", "Enschede", 52.2050, 6.8000,
  goals=["ontmoeten"], mobility=["bike"], gender="m", birth_year=1964)

# ---------------- A2 Dutch with mistakes ----------------
p("p51", "nl", ["ar", "nl"], "A2",
  "Ik wil graag werken als fietsenmaker, in Syrie ik had eigen winkel voor fiets en motor. Ik hou van fietsen en wandelen in natuur. Niet voetbal, dat vind ik niet leuk.",
  "fietsenmaker / motorreparatie", "Dalfsen", "Dalfsen", 52.5080, 6.2630,
  wants=["taalstage", "werkervaringsplek"], goals=["werk"],
  availability=dp(WD, ["am", "pm"]), mobility=["bike"], gender="m", birth_year=1990)

p("p52", "nl", ["ti", "nl"], "A2",
  "Ik wil meer nederlands praten met nederlandse mensen. Ik ben graag naaien en koken. Mijn zoon is 11 jaar hij zoek huiswerk hulp en voetbal club.",
  "", "Dalfsen", "Dalfsen", 52.5020, 6.2540,
  goals=["taal", "ontmoeten"], availability=dp(WD, ["am", "pm"]) + ["fri-eve"],
  mobility=["bike"], gender="f", birth_year=1988, needs_childcare=True)

p("p53", "nl", ["prs", "fa", "nl"], "B1",
  "Ik ben kapper geweest in Iran 8 jaar. Ik wil graag weer werken in kapsalon. In weekend ik speel cricket met vrienden in park maar is geen club hier.",
  "kapper", "Apeldoorn", "Apeldoorn", 52.2150, 5.9550,
  wants=["taalstage", "werkervaringsplek"], goals=["werk"],
  availability=dp(WD, ["am", "pm"]) + ["sat-am", "sat-pm", "sun-pm"], mobility=["bike"], gender="m", birth_year=1995)

p("p54", "nl", ["ar", "en", "nl"], "B1",
  "Ik was lerares engels in Damascus. Ik wil vrijwilliger zijn voor kinderen, huiswerk of voorlezen. Ik hou van zingen in koor.",
  "lerares Engels", "Zwolle", "Zwolle", 52.5290, 6.1230,
  goals=["ontmoeten", "werk"],
  availability=dp(WD, ["am", "pm"]) + ["thu-eve"], mobility=["bike"], gender="f", birth_year=1980)

p("p55", "nl", ["ti", "nl"], "A2",
  "ik werk nu in schoonmaak maar ik wil monteur worden, techniek. Ik speel graag voetbal en fietsen. avond ben ik vrij en zondag.",
  "schoonmaker, wil monteur worden", "Enschede", "Enschede", 52.2180, 6.9050,
  goals=["werk"],
  availability=dp(WD, ["eve"]) + ["sun-am", "sun-pm"], mobility=["bike"], gender="m", birth_year=2002)

p("p56", "nl", ["ar", "nl"], "A2",
  "Ik ben alleen thuis, kinderen zijn groot. Ik wil iets doen met oudere mensen, vrijwilliger, en ook met vrouwen koffie drinken. Ik kan niet fietsen.",
  "", "Leeuwarden", "Leeuwarden", 53.1960, 5.8200,
  goals=["ontmoeten"],
  availability=dp(WD, ["am", "pm"]), mobility=["walk", "ov"], gender="f", birth_year=1970)

p("p57", "nl", ["ar", "en", "nl"], "B1",
  "Ik was elektricien in Homs. Ik zoek werk in elektrotechniek. Mijn dochter (15) wil graag tafeltennis spelen, zij is goed.",
  "elektricien", "Beekbergen", "Apeldoorn", 52.1620, 5.9650,
  wants=["werkervaringsplek"], goals=["werk"],
  mobility=["car"], gender="m", birth_year=1983)

p("p58", "nl", ["so", "nl"], "A2",
  "Ik wil werken in winkel of supermarkt. Ik wil ook zwemmen leren, maar alleen met vrouwen.",
  "wil werken in winkel", "Glanerbrug", "Enschede", 52.2110, 6.9710,
  wants=["taalstage", "sport"], goals=["werk", "gezondheid"],
  availability=dp(WD, ["am"]), mobility=["walk"], max_km=8, gender="f", birth_year=1997, needs_childcare=True)

p("p59", "nl", ["fa", "en", "nl"], "B1",
  "Vroeger ik was boer in Iran met koeien en schapen. Nu wil ik graag helpen op boerderij of in tuin. Ik ben bijna gepensioneerd maar nog sterk.",
  "boer", "Hoonhorst", "Dalfsen", 52.4690, 6.2350,
  wants=["vrijwilligerswerk", "werkervaringsplek"], goals=["ontmoeten", "werk"],
  availability=dp(WD, ["am", "pm"]), mobility=["bike"], gender="m", birth_year=1967)

p("p60", "nl", ["ar", "en", "nl"], "B2",
  "Ik studeer nu mbo verpleegkunde. ik zoek stage of vrijwilliger in zorg. Ook wil ik leren schaatsen, dat is zo Nederlands haha. Ik werk in het weekend in de Action dus weekend niet.",
  "student verpleegkunde", "Leeuwarden", "Leeuwarden", 53.1980, 5.8100,
  wants=["taalstage", "vrijwilligerswerk"], goals=["werk"],
  availability=dp(WD, ["am", "pm", "eve"]), mobility=["bike"], gender="f", birth_year=2004)
