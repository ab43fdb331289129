# Verbal conflict: REQUEST, ACCUSE, REJECT, THREATEN
# ---------------------------------------------------------------- REQUEST (CAMEO 02 appeal + 10 demand)
@REQUEST cameo=020 frame=a1=subj a2=obj theme=prep:ب|prep:إلى conf=0.75
V طالب يطالب مطالبة ; cameo=100 ; frame=a1=subj a2=obj|prep:من theme=prep:ب ; pl=مطالبات ; conf=0.85 ; note=طالب is also the noun "student" (طالب، طلاب)
N مطلب ; cameo=100 ; pl=مطالب ; conf=0.5 ; note=the demands themselves; an event when voiced (رفع مطالب، قدم مطالب)
V دعا يدعو دعوة ; frame=a1=subj a2=obj theme=prep:إلى|prep:ل ; pl=دعوات ; x=دعت|دعوا|يدعون|تدعو ; conf=0.75 ; note=دعوة is also "invitation" (AGREE 036) and "lawsuit" (دعوى); "دعا ل" can be "prayed for"
V ناشد يناشد مناشدة ; frame=a1=subj a2=obj theme=prep:ب|prep:ل ; pl=مناشدات ; conf=0.9
V طلب يطلب طلب ; frame=a1=subj theme=obj a2=prep:من ; nframe=theme=gen|prep:ل a1=prep:من قبل|prep:على يد|gen|prep:من a2=prep:إلى ; pl=طلبات ; conf=0.6 ; note=noun طلب also "application, demand (economy)"; «طلب من X» as a noun is X's request (بناء على طلب من الحكومة)
V حث يحث حث ; frame=a1=subj a2=obj theme=prep:على ; conf=0.9
V حض يحض حض ; frame=a1=subj a2=obj theme=prep:على ; conf=0.85
V التمس يلتمس التماس ; frame=a1=subj theme=obj a2=prep:من ; conf=0.65
V ألح يلح إلحاح ; frame=a1=subj theme=prep:على ; conf=0.6
V أهاب يهيب إهابة ; frame=a1=subj a2=prep:ب theme=clause ; conf=0.9
V أوصى يوصي توصية ; frame=a1=subj theme=prep:ب a2=obj ; pl=توصيات ; x=أوصت|أوصوا|يوصون ; conf=0.5
V أمر يأمر أمر ; cameo=100 ; frame=a1=subj a2=obj theme=prep:ب ; pl=أوامر ; conf=0.4 ; note=أمر is also "matter, affair"
V أوعز يوعز إيعاز ; cameo=100 ; frame=a1=subj a2=prep:إلى|prep:ل theme=prep:ب ; conf=0.85
V استنجد يستنجد استنجاد ; cameo=023 ; frame=a1=subj a2=prep:ب ; conf=0.85
V استغاث يستغيث استغاثة ; cameo=0233 ; ctx=human_security ; frame=a1=subj a2=prep:ب ; conf=0.8
V اشترط يشترط اشتراط ; cameo=100 ; frame=a1=subj theme=obj ; pl=شروط ; conf=0.5
V ضغط يضغط ضغط ; cameo=100 ; frame=a1=subj a2=prep:على theme=prep:ل ; pl=ضغوط ; conf=0.35 ; note=also physical/blood pressure
N نداء ; pl=نداءات ; conf=0.75
N عريضة ; pl=عرائض ; conf=0.7
N حملة توقيعات ; pl=حملات توقيعات ; conf=0.8 ; note=petition campaign
N مناشدة ; pl=مناشدات ; conf=0.9
P شدد يشدد تشديد + على ضرورة|على وجوب|على أهمية ; frame=a1=subj theme=gen ; conf=0.5 ; note=stressing the need for X = appeal for X
P أكد يؤكد تأكيد + على ضرورة|ضرورة ; frame=a1=subj theme=gen ; conf=0.45
P طالب يطالب مطالبة + بالإفراج|بإطلاق سراح|بإخلاء سبيل ; mode=yield ; cameo=1053 ; ctx=legal ; frame=a1=subj a2=obj ; conf=0.95
P دعا يدعو دعوة + إلى الإفراج|إلى إطلاق سراح|للإفراج ; mode=yield ; cameo=0253 ; ctx=legal ; frame=a1=subj a2=obj ; x=دعت|دعوا|يدعون ; conf=0.95
P دعا يدعو دعوة + إلى وقف إطلاق النار|إلى وقف القتال|إلى التهدئة|إلى ضبط النفس|إلى وقف التصعيد|إلى وقف العنف ; mode=yield ; cameo=0256 ; ctx=military ; frame=a1=subj a2=obj ; x=دعت|دعوا|يدعون ; conf=0.95
P طالب يطالب مطالبة + بوقف|بإنهاء ; mode=yield ; cameo=1056 ; frame=a1=subj a2=obj ; conf=0.75
P دعا يدعو دعوة + إلى الحوار|إلى التفاوض|إلى المفاوضات|إلى طاولة الحوار|إلى عقد اجتماع ; mode=meet ; cameo=026 ; ctx=diplomatic ; frame=a1=subj a2=obj ; x=دعت|دعوا|يدعون ; conf=0.9
P طالب يطالب مطالبة + برحيل|باستقالة|بإقالة|بتنحي|بإسقاط ; mode=change ; cameo=1041 ; ctx=executive ; frame=a1=subj a2=obj ; conf=0.95
P طالب يطالب مطالبة + بتحسين|بتسوية|بتفعيل|بإصلاح|بمراجعة|بالترسيم|بالتشغيل|بالتنمية ; mode=change ; cameo=1042 ; ctx=executive ; frame=a1=subj a2=obj ; conf=0.85 ; note=labour/social demands (Maghreb: تسوية الوضعية، الترسيم، التشغيل)
P طالب يطالب مطالبة + بفتح تحقيق|بالتحقيق|بمحاسبة|بمحاكمة ; mode=change ; cameo=100 ; ctx=legal ; frame=a1=subj a2=obj ; conf=0.9
P طالب يطالب مطالبة + بمساعدات|بالمساعدة|بالدعم|بتعويض|بتعويضات ; mode=assist ; cameo=103 ; frame=a1=subj a2=obj ; conf=0.85
P طلب يطلب طلب + اللجوء|حق اللجوء|اللجوء السياسي ; mode=assist ; cameo=023 ; ctx=asylum ; frame=a1=subj a2=prep:من|prep:في ; conf=0.9
P طلب يطلب طلب + المساعدة|مساعدة|الدعم|دعما ; mode=assist ; cameo=023 ; frame=a1=subj a2=prep:من ; conf=0.85
P دعا يدعو دعوة + إلى مقاطعة|إلى الإضراب|إلى التظاهر|إلى الاحتجاج ; cameo=020 ; frame=a1=subj a2=obj ; x=دعت|دعوا|يدعون ; conf=0.8 ; note=calls to protest; the protest itself, if held, is a separate PROTEST event
P قدم يقدم تقديم + طلبا|طلب|التماسا|مطالب|عريضة ; frame=a1=subj a2=prep:إلى|prep:ل ; conf=0.75
# ---------------------------------------------------------------- ACCUSE (CAMEO 09 investigate, 11 disapprove)
@ACCUSE mode=disapprove cameo=111 frame=T conf=0.8
V ندد يندد تنديد ; frame=a1=subj a2=prep:ب ; conf=0.95
V أدان يدين إدانة ; x=أدانت|أدانوا|يدينون ; conf=0.75 ; note=by a court = conviction (SANCTION convict 116); "يدين ب" = owes/follows a religion
V استنكر يستنكر استنكار ; conf=0.95
V شجب يشجب شجب ; conf=0.95
V انتقد ينتقد انتقاد ; pl=انتقادات ; conf=0.9
V لام يلوم لوم ; frame=a1=subj a2=obj theme=prep:على ; conf=0.7
V اعترض يعترض اعتراض ; cameo=110 ; frame=a1=subj a2=prep:على ; pl=اعتراضات ; conf=0.55 ; note=also "intercepted" (missiles): then not ACCUSE
V احتج يحتج احتجاج ; cameo=114 ; frame=a1=subj a2=prep:لدى|prep:على theme=prep:على ; conf=0.3 ; note=diplomatic/official protest (احتج لدى); street protest is PROTEST (preferred reading)
V شكك يشكك تشكيك ; cameo=110 ; frame=a1=subj theme=prep:في ; conf=0.5
V فضح يفضح فضح ; cameo=111 ; conf=0.5
V هاجم يهاجم مهاجمة ; cameo=111 ; conf=0.25 ; note=verbal attack (a speaker attacking a policy); physical attack is ASSAULT (preferred reading)
N تشهير ; cameo=111 ; conf=0.6
N استياء ; cameo=110 ; conf=0.5
N امتعاض ; cameo=110 ; conf=0.6
P أبدى يبدي إبداء + استياءه|استياءها|استياء|انزعاجه|انزعاجها|قلقه|قلقها|امتعاضه|امتعاضها|رفضه ; cameo=110 ; frame=a1=subj theme=prep:من ; x=أبدت|أبدوا|يبدون ; conf=0.75
P أعرب يعرب إعراب + عن استيائه|عن استيائها|عن استياء|عن قلقه|عن قلقها|عن انزعاجه|عن امتعاضه|عن إدانته|عن إدانتها ; cameo=110 ; frame=a1=subj theme=prep:من|prep:إزاء ; conf=0.75
P عبر يعبر تعبير + عن استيائه|عن استيائها|عن قلقه|عن قلقها|عن إدانته|عن إدانتها|عن غضبه ; cameo=110 ; frame=a1=subj theme=prep:من|prep:إزاء ; conf=0.7
P استدعى يستدعي استدعاء + السفير|سفير|القائم بالأعمال|السفراء ; mode=disapprove ; cameo=114 ; ctx=diplomatic ; frame=a1=subj a2=gen ; x=استدعت|استدعوا|يستدعون ; conf=0.85 ; note=summoning a foreign envoy (manual: ACCUSE); recalling one's OWN ambassador (سفيرها) is SANCTION
V شكا يشكو شكوى ; mode=allege ; cameo=114 ; frame=a1=subj theme=obj a2=prep:إلى ; pl=شكاوى ; x=شكت|شكوا|يشكون ; conf=0.5
P قدم يقدم تقديم + شكوى|شكاية|شكاوى|بلاغا|مذكرة احتجاج ; mode=allege ; cameo=114 ; frame=a1=subj a2=prep:ضد|prep:إلى theme=prep:ضد ; conf=0.8
N مذكرة احتجاج ; mode=disapprove ; cameo=114 ; ctx=diplomatic ; conf=0.9
@ACCUSE mode=allege cameo=112 frame=a1=subj a2=obj theme=prep:ب conf=0.85
V اتهم يتهم اتهام ; pl=اتهامات ; conf=0.9 ; note=also a modality cue: the embedded act is coded with modality alleged
N تهمة ; pl=تهم ; conf=0.6
P وجه يوجه توجيه + اتهاما|اتهامات|تهمة|تهما|الاتهام ; frame=a1=subj a2=prep:إلى|prep:ل theme=prep:ب ; conf=0.9
P حمل يحمل تحميل + المسؤولية|مسؤولية|المسؤولية الكاملة ; frame=a1=subj a2=obj theme=prep:عن ; conf=0.9 ; note=holding X responsible = accusation
P ألقى يلقي إلقاء + باللوم|اللوم|باللائمة ; frame=a1=subj a2=prep:على theme=prep:في ; x=ألقت|ألقوا ; conf=0.9
P أنحى ينحي إنحاء + باللائمة|باللوم ; frame=a1=subj a2=prep:على ; x=أنحت ; conf=0.9
V قاضى يقاضي مقاضاة ; cameo=115 ; ctx=legal ; frame=a1=subj a2=obj ; x=قاضت|قاضوا ; conf=0.9
P رفع يرفع رفع + دعوى|دعوى قضائية|قضية|شكوى ; cameo=115 ; ctx=legal ; frame=a1=subj a2=prep:ضد|prep:على ; conf=0.9
V حاكم يحاكم محاكمة ; cameo=115 ; ctx=legal ; frame=a1=subj a2=obj theme=prep:ب ; pl=محاكمات ; conf=0.75 ; note=bringing to trial is ACCUSE allege; the verdict is SANCTION convict
V لاحق يلاحق ملاحقة ; cameo=115 ; ctx=legal ; pl=ملاحقات ; conf=0.6 ; note=prosecute; also "chase"
N ملاحقة قضائية ; cameo=115 ; ctx=legal ; pl=ملاحقات قضائية ; conf=0.95
N تتبعات عدلية ; cameo=115 ; ctx=legal ; conf=0.95 ; note=Tunisian legal term (prosecution)
N تتبعات قضائية ; cameo=115 ; ctx=legal ; conf=0.95
P أحال يحيل إحالة + على القضاء|إلى القضاء|على النيابة|إلى النيابة|على النيابة العمومية|على أنظار|على التحقيق|إلى المحكمة|على المحكمة|على الدائرة الجنائية ; cameo=115 ; ctx=legal ; frame=a1=subj a2=obj ; conf=0.9 ; note=referral to prosecution/court
N لائحة اتهام ; cameo=112 ; ctx=legal ; conf=0.9
@ACCUSE mode=investigate cameo=090 frame=a1=subj theme=prep:في a2=prep:مع conf=0.75
P حقق يحقق تحقيق + في|مع ; conf=0.8 ; note=investigate = حقق في/مع (التحقيق معهم، تحقيق في الحادثة); without a particle حقق/تحقيق is mostly "achieve" (حقق تقدما، تحقيق مصالح)
N تحقيقات ; conf=0.7 ; note=plural is nearly always investigations
P فتح يفتح فتح + تحقيقا|تحقيق|بحثا|بحث|بحثا تحقيقيا|تحقيقا قضائيا ; cameo=091 ; frame=a1=subj theme=prep:في|prep:حول a2=prep:ضد ; conf=0.9 ; note=Maghreb "فتح بحث" = open an investigation
P أذن يأذن إذن + بفتح بحث|بفتح تحقيق|بفتح بحث تحقيقي ; cameo=091 ; ctx=legal ; frame=a1=subj ; conf=0.95 ; note=Tunisian prosecutor formula (أذنت النيابة العمومية بفتح بحث)
V استجوب يستجوب استجواب ; frame=a1=subj a2=obj ; conf=0.9
V استنطق يستنطق استنطاق ; frame=a1=subj a2=obj ; conf=0.9
V تحرى يتحرى تحر|تحريات ; frame=a1=subj theme=prep:عن|prep:في ; x=تحرت ; conf=0.6
V ساءل يسائل مساءلة ; frame=a1=subj a2=obj ; conf=0.6
V حاسب يحاسب محاسبة ; frame=a1=subj a2=obj ; conf=0.45 ; note=also accounting
N لجنة تحقيق ; pl=لجان تحقيق ; conf=0.85
N تحقيق دولي ; conf=0.9
V استمع يستمع استماع ; frame=a1=subj a2=prep:إلى|prep:ل ; conf=0.2 ; note=judicial hearing of a suspect (استمع قاضي التحقيق إلى)
# ---------------------------------------------------------------- REJECT (CAMEO 12)
@REJECT cameo=120 frame=a1=subj theme=obj neg=1 conf=0.7
V رفض يرفض رفض ; conf=0.85
V عارض يعارض معارضة ; conf=0.4 ; note=المعارضة is mostly "the opposition" (actor)
V تحفظ يتحفظ تحفظ ; frame=a1=subj theme=prep:على ; pl=تحفظات ; conf=0.5
V امتنع يمتنع امتناع ; frame=a1=subj theme=prep:عن ; conf=0.55
V أبى يأبى إباء ; x=أبت|أبوا ; conf=0.5
V تجاهل يتجاهل تجاهل ; conf=0.5
V تنصل يتنصل تنصل ; frame=a1=subj theme=prep:من ; conf=0.6
V استبعد يستبعد استبعاد ; conf=0.45 ; note=ruled out; also "excluded" (a player, a candidate)
V تحدى يتحدى تحد ; cameo=128 ; x=تحدت|تحدوا ; conf=0.45
V عرقل يعرقل عرقلة ; conf=0.55
V أفشل يفشل إفشال ; conf=0.4
V أصر يصر إصرار ; cameo=124 ; frame=a1=subj theme=prep:على ; neg=0 ; conf=0.35 ; note=insisting = declining to yield
V تمسك يتمسك تمسك ; cameo=124 ; frame=a1=subj theme=prep:ب ; neg=0 ; conf=0.35
V خرق يخرق خرق ; cameo=128 ; pl=خروقات ; conf=0.45 ; note=violating the law/norms; violating a ceasefire is ASSAULT 196
V انتهك ينتهك انتهاك ; cameo=128 ; pl=انتهاكات ; conf=0.4
V نقض ينقض نقض ; cameo=129 ; conf=0.45
N حق النقض ; cameo=129 ; conf=0.9
N فيتو ; cameo=129 ; conf=0.9
P استخدم يستخدم استخدام + حق النقض|الفيتو ; cameo=129 ; frame=a1=subj theme=prep:ضد ; conf=0.95
P صوت يصوت تصويت + ضد ; cameo=120 ; frame=a1=subj theme=gen ; conf=0.75
P ألغى يلغي إلغاء + زيارة|الزيارة|زيارته|زيارتها|اجتماع|الاجتماع|لقاء|اللقاء|المحادثات|المفاوضات|القمة ; mode=meet ; cameo=125 ; ctx=diplomatic ; frame=a1=subj ; x=ألغت|ألغوا|يلغون ; conf=0.9 ; note=cancelled meeting (manual: REJECT); the meeting itself is not an event
P أجل يؤجل تأجيل + زيارة|الزيارة|زيارته|زيارتها|الاجتماع|اجتماع|المحادثات|المفاوضات|القمة ; mode=meet ; cameo=125 ; ctx=diplomatic ; frame=a1=subj ; conf=0.55
P أرجأ يرجئ إرجاء + زيارة|الزيارة|الاجتماع|المحادثات|المفاوضات|القمة ; mode=meet ; cameo=125 ; ctx=diplomatic ; frame=a1=subj ; conf=0.6
P رفض يرفض رفض + الإفراج|إطلاق سراح|الإفراج عن ; mode=yield ; cameo=1243 ; ctx=legal ; frame=a1=subj a2=gen ; conf=0.95
P رفض يرفض رفض + الحوار|التفاوض|المفاوضات|الجلوس|الاجتماع|لقاء|اللقاء|الوساطة ; mode=meet ; cameo=125 ; ctx=diplomatic ; frame=a1=subj a2=prep:مع ; conf=0.9
P رفض يرفض رفض + المطالب|مطالب|الطلب|طلب|الدعوة|دعوة ; mode=change ; cameo=123 ; frame=a1=subj a2=gen ; conf=0.85
P رفض يرفض رفض + المساعدة|المساعدات|الدعم|التعاون ; mode=assist ; cameo=121 ; frame=a1=subj a2=gen ; conf=0.85
P رد يرد رد + الطعن|طلب|الطلب|الاستئناف|الدعوى ; cameo=120 ; ctx=legal ; frame=a1=subj ; conf=0.65 ; note=court rejected an appeal/request
P منع يمنع منع + دخول|من دخول ; mode=yield ; cameo=1245 ; frame=a1=subj a2=gen ; conf=0.6 ; note=barring entry (manual: REJECT); restricting own population is COERCE restrict
P رفض يرفض رفض + منح تأشيرة|منح التأشيرة|دخول ; mode=yield ; cameo=1245 ; frame=a1=subj a2=gen ; conf=0.85
V طعن يطعن طعن ; cameo=120 ; ctx=legal ; frame=a1=subj theme=prep:في ; neg=0 ; conf=0.3 ; note=legal challenge only with في; "طعن" with an object is stabbing (ASSAULT)
V قاوم يقاوم مقاومة ; cameo=124 ; frame=a1=subj a2=obj ; neg=0 ; conf=0.3 ; note=المقاومة is also an actor name; armed resistance is ASSAULT
# ---------------------------------------------------------------- THREATEN (CAMEO 13)
@THREATEN cameo=130 frame=a1=subj a2=obj theme=prep:ب conf=0.8
V هدد يهدد تهديد ; pl=تهديدات ; conf=0.8 ; note=also "endangers" with an inanimate subject (الجفاف يهدد)
V توعد يتوعد توعد|وعيد ; conf=0.9
V حذر يحذر تحذير ; frame=a1=subj a2=obj theme=prep:من ; pl=تحذيرات ; conf=0.45 ; note=warnings are often expressions of concern, not threats: a threat needs a stated consequence
P حذر يحذر تحذير + من مغبة|من عواقب|من تداعيات ; frame=a1=subj a2=obj theme=gen ; conf=0.75
V لوح يلوح تلويح ; frame=a1=subj theme=prep:ب ; conf=0.8
V أنذر ينذر إنذار ; cameo=139 ; mode=relations ; conf=0.7
N إنذار نهائي ; cameo=139 ; mode=relations ; conf=0.95
V أمهل يمهل إمهال ; cameo=139 ; mode=relations ; frame=a1=subj a2=obj theme=obj2 ; conf=0.8
N مهلة ; cameo=139 ; mode=relations ; pl=مهل ; conf=0.5
V ابتز يبتز ابتزاز ; ctx=crime ; conf=0.6
P هدد يهدد تهديد + بقطع العلاقات|بقطع علاقاتها|بتجميد العلاقات|بسحب السفير|بطرد السفير ; mode=relations ; cameo=1313 ; ctx=diplomatic ; conf=0.95
P هدد يهدد تهديد + بفرض عقوبات|بعقوبات|بفرض حظر|بالمقاطعة ; mode=restrict ; cameo=1312 ; ctx=economic ; conf=0.95
P هدد يهدد تهديد + بوقف المساعدات|بقطع المساعدات|بوقف الدعم|بقطع التمويل ; mode=relations ; cameo=1311 ; conf=0.95
P هدد يهدد تهديد + باستخدام القوة|بعمل عسكري|بالرد|برد|بضربة|بضربات|بالحرب|بشن هجوم|بالهجوم ; mode=violence ; cameo=138 ; ctx=military ; conf=0.9
P هدد يهدد تهديد + بالقتل|بالتصفية|بالذبح|بالاغتيال ; mode=violence ; cameo=130 ; conf=0.95
P هدد يهدد تهديد + بالاعتقال|بالسجن|بالإيقاف|بالملاحقة ; mode=arrest ; cameo=130 ; conf=0.9
P هدد يهدد تهديد + بالطرد|بترحيل|بالترحيل ; mode=expel ; cameo=136 ; conf=0.85
P هدد يهدد تهديد + بالانسحاب|بالانسحاب من ; mode=relations ; cameo=134 ; ctx=diplomatic ; conf=0.85
P هدد يهدد تهديد + باجتياح|باحتلال|بالسيطرة على|بدخول ; mode=territory ; cameo=1382 ; ctx=military ; conf=0.9
P هدد يهدد تهديد + بالإضراب|بالتصعيد|بالاحتجاج|بالدخول في إضراب|بالاعتصام ; mode=relations ; cameo=133 ; conf=0.9 ; note=threat of protest (CAMEO 133)
P هدد يهدد تهديد + بحل|بحظر ; mode=restrict ; cameo=1322 ; ctx=pro_autocracy ; conf=0.8
P هدد يهدد تهديد + بإغلاق|بحصار ; mode=restrict ; cameo=1381 ; conf=0.8
P توعد يتوعد توعد + بالرد|بالانتقام|بالثأر|برد قاس|بالقصاص ; mode=violence ; cameo=138 ; conf=0.95
N تهديد بالقتل ; mode=violence ; pl=تهديدات بالقتل ; conf=0.95
P أصدر يصدر إصدار + مذكرة توقيف|مذكرة اعتقال|مذكرة جلب|بطاقة جلب|أمر اعتقال|أمرا باعتقال|أمرا بالقبض|مذكرة بحث|برقية تفتيش ; mode=arrest ; cameo=130 ; ctx=legal ; frame=a1=subj a2=prep:ضد|prep:بحق|prep:في حق|gen ; conf=0.85 ; note=warrants not (yet) executed: manual THREATEN arrest
N مذكرة توقيف ; mode=arrest ; cameo=130 ; ctx=legal ; pl=مذكرات توقيف ; conf=0.8
N بطاقة جلب ; mode=arrest ; cameo=130 ; ctx=legal ; conf=0.8 ; note=Tunisian warrant to bring in a suspect
P هدد يهدد تهديد + بإطلاق النار|باستهداف|بقصف ; mode=violence ; cameo=1384 ; ctx=military ; conf=0.9
