# Material conflict: PROTEST, SANCTION, MOBILIZE, COERCE, ASSAULT
# ---------------------------------------------------------------- PROTEST (CAMEO 14)
@PROTEST mode=demo cameo=141 frame=a1=subj a2=prep:ضد|prep:على|prep:أمام theme=prep:على|prep:ضد conf=0.85
V تظاهر يتظاهر تظاهر|مظاهرة|تظاهرة ; pl=مظاهرات|تظاهرات ; conf=0.9
V احتج يحتج احتجاج ; pl=احتجاجات ; conf=0.7 ; note=diplomatic protest (احتج لدى) is ACCUSE
V اعتصم يعتصم اعتصام ; pl=اعتصامات ; conf=0.9
V تجمهر يتجمهر تجمهر ; conf=0.85
V تجمع يتجمع تجمع ; pl=تجمعات ; conf=0.35 ; note=also party names (التجمع الدستوري الديمقراطي) and "gathering" in general
V هتف يهتف هتاف ; pl=هتافات ; conf=0.5
N وقفة احتجاجية ; pl=وقفات احتجاجية ; conf=0.95
N وقفة تضامنية ; pl=وقفات تضامنية ; conf=0.75
N تحرك احتجاجي ; pl=تحركات احتجاجية ; conf=0.95 ; note=Tunisian usage
N حركة احتجاجية ; pl=حركات احتجاجية ; conf=0.9
N مسيرة ; pl=مسيرات ; conf=0.55 ; note=Levant/Gulf "مسيرة" also = drone (طائرة مسيرة)
N مسيرة احتجاجية ; pl=مسيرات احتجاجية ; conf=0.95
N مسيرة سلمية ; pl=مسيرات سلمية ; conf=0.9
N عصيان مدني ; cameo=140 ; conf=0.9
N انتفاضة ; cameo=140 ; pl=انتفاضات ; conf=0.5
P رفع يرفع رفع + شعارات|لافتات|الشعارات|اللافتات ; frame=a1=subj ; conf=0.7
P نزل ينزل نزول + إلى الشارع|إلى الشوارع|للشارع ; frame=a1=subj ; conf=0.8
P حمل يحمل حمل + الشارة الحمراء|شارة حمراء|الشارات الحمراء|شارات حمراء ; frame=a1=subj ; conf=0.9 ; note=Tunisian workers' protest form
P خرج يخرج خروج + في مظاهرة|في مظاهرات|في مسيرة|في مسيرات ; frame=a1=subj ; conf=0.9
@PROTEST mode=strike cameo=143 frame=a1=subj a2=prep:ضد theme=prep:احتجاجا على|prep:للمطالبة ب conf=0.8
V أضرب يضرب إضراب ; pl=إضرابات ; conf=0.55 ; note=the present يضرب is also "hits" (ASSAULT beat); the masdar إضراب is reliable
N إضراب ; pl=إضرابات ; conf=0.85 ; note=the masdar alone is reliable (the verb row's 0.55 is for يضرب = also «hits»); «دخل في إضراب» is the support verb sup.012 + this noun
N إضراب عام ; conf=0.95
P أضرب يضرب إضراب + عن العمل ; conf=0.95
N إضراب عن العمل ; conf=0.95
@PROTEST mode=hunger cameo=142 frame=a1=subj conf=0.95
N إضراب عن الطعام ; pl=إضرابات عن الطعام ; conf=0.95
N إضراب جوع ; conf=0.95
P أضرب يضرب إضراب + عن الطعام ; conf=0.95
@PROTEST mode=boycott cameo=143 frame=a1=subj a2=obj conf=0.7
V قاطع يقاطع مقاطعة ; conf=0.55 ; note=مقاطعة is also "province" in some countries and "interrupt"
P قاطع يقاطع مقاطعة + الانتخابات|انتخابات|الجلسة|جلسة|جلسات|الاجتماع|اجتماع|الاستفتاء|الحوار|المفاوضات|القمة|البضائع|المنتجات|منتجات ; conf=0.9 ; note=boycotting a session, vote, meeting or goods: the object makes the sense sure
@PROTEST mode=obstruct cameo=144 frame=a1=subj loc=obj conf=0.7
P قطع يقطع قطع + الطريق|الطرقات|طريق|الطريق الرئيسية|الطريق الوطنية|حركة المرور ; conf=0.75
P أغلق يغلق إغلاق + الطريق|الطرقات|الطريق الرئيسية|مدخل|مداخل ; conf=0.5 ; note=authorities closing roads is COERCE restrict
N غلق الطريق ; conf=0.6 ; note=Maghreb masdar غلق
P منع يمنع منع + دخول العمال|الدخول إلى ; conf=0.4
@PROTEST mode=riot cameo=145 frame=a1=subj a2=prep:ضد|prep:على conf=0.85
N أعمال شغب ; conf=0.95
N شغب ; conf=0.8
P أحرق يحرق إحراق|حرق + العجلات|العجلات المطاطية|الإطارات|الإطارات المطاطية ; conf=0.9 ; note=tyre burning in protests
P رشق يرشق رشق + بالحجارة|الحجارة|بالزجاجات الحارقة ; frame=a1=subj a2=obj ; conf=0.8 ; note=protesters pelting police; organised armed stoning is ASSAULT primitive
N مواجهات بين المحتجين ; sym=1 ; conf=0.9
V تمرد يتمرد تمرد ; cameo=145 ; conf=0.4 ; note=mutiny/prison riot; armed insurgency is ASSAULT
N أعمال تخريب ; mode=vandalize ; conf=0.7
P أضرم يضرم إضرام + النار في جسده|النار في نفسه|النار في جسدها ; mode= ; cameo=145 ; frame=a1=subj ; conf=0.9 ; note=self-immolation in protest; no PLOVER mode fits
# ---------------------------------------------------------------- SANCTION (CAMEO 16, 116, 163)
@SANCTION mode=discontinue cameo=160 frame=a1=subj a2=prep:على|prep:مع theme=obj conf=0.8
P فرض يفرض فرض + عقوبات|العقوبات|عقوبات اقتصادية|عقوبات جديدة|حظرا|حظر الأسلحة|حصارا اقتصاديا ; cameo=163 ; ctx=economic ; frame=a1=subj a2=prep:على ; conf=0.9 ; note=the manual codes international sanctions as SANCTION discontinue (the table says COERCE)
N عقوبات ; nframe=A ; cameo=163 ; ctx=economic ; conf=0.55 ; note=singular عقوبة is mostly a court penalty (SANCTION convict)
P أدرج يدرج إدراج + على قائمة|في قائمة|ضمن قائمة|على لائحة|في لائحة|ضمن لائحة|على القائمة|في القائمة ; cameo=163 ; frame=a1=subj a2=obj ; nframe=a2=gen a1=prep:من قبل ; x=أدرجت|أدرجوا ; conf=0.75 ; note=listing a person or group (terror, sanctions or black list); the list is the particle
N عقوبات اقتصادية ; nframe=A ; cameo=163 ; ctx=economic ; conf=0.9
N حظر الأسلحة ; nframe=A ; cameo=163 ; conf=0.8
P أوقف يوقف إيقاف|وقف + المساعدات|مساعدات|الدعم|التمويل|المساعدات العسكرية ; cameo=162 ; frame=a1=subj a2=prep:ل|prep:عن ; conf=0.85
P قطع يقطع قطع + المساعدات|المساعدة|الدعم|التمويل ; cameo=162 ; frame=a1=subj a2=prep:عن ; conf=0.85
P علق يعلق تعليق + المساعدات|المساعدة|الدعم|التعاون|المفاوضات|العمل ب|عضوية|العضوية ; cameo=160 ; frame=a1=subj a2=prep:مع|prep:ل ; conf=0.85
V علق يعلق تعليق ; cameo=160 ; conf=0.3 ; note=suspend; NOT with على (= "commented on")
V جمد يجمد تجميد ; cameo=160 ; conf=0.75
P أوقف يوقف إيقاف|وقف + التعاون|العمل بالاتفاق|المحادثات|المفاوضات ; cameo=164 ; ctx=diplomatic ; frame=a1=subj a2=prep:مع ; conf=0.8
V قلص يقلص تقليص ; cameo=160 ; conf=0.4
P ألغى يلغي إلغاء + الاتفاق|الاتفاقية|الصفقة|العقد|اتفاق|اتفاقية ; cameo=160 ; frame=a1=subj a2=prep:مع ; x=ألغت|ألغوا ; conf=0.75
@SANCTION mode=withdraw cameo=161 ctx=diplomatic frame=a1=subj a2=prep:مع|prep:من theme=obj conf=0.9
P قطع يقطع قطع + العلاقات|علاقاتها|علاقات|العلاقات الدبلوماسية|علاقاتها الدبلوماسية ; sym=1 ; conf=0.95
P سحب يسحب سحب + السفير|سفيرها|سفيره|سفراءها|بعثتها|البعثة الدبلوماسية ; frame=a1=subj src=prep:من a2=prep:من ; conf=0.95
P استدعى يستدعي استدعاء + سفيرها|سفيره|سفراءها ; frame=a1=subj src=prep:من a2=prep:من|prep:لدى ; x=استدعت ; conf=0.75 ; note=recalling its OWN ambassador (possessive clitic); summoning a foreign one is ACCUSE
P خفض يخفض خفض|تخفيض + التمثيل|التمثيل الدبلوماسي|تمثيلها|مستوى التمثيل ; conf=0.95
P أغلق يغلق إغلاق + السفارة|سفارتها|سفارته|القنصلية|قنصليتها ; conf=0.85
P انسحب ينسحب انسحاب + من المفاوضات|من المحادثات|من الحوار|من الوساطة ; cameo=164 ; frame=a1=subj ; conf=0.9
P انسحب ينسحب انسحاب + من الاتفاق|من الاتفاقية|من المعاهدة|من المنظمة|من التحالف|من الحكومة|من الائتلاف ; cameo=160 ; frame=a1=subj ; conf=0.85
P سحب يسحب سحب + الثقة ; cameo=160 ; ctx=legislative ; frame=a1=subj a2=prep:من ; conf=0.85
@SANCTION mode=expel cameo=166 frame=a1=subj a2=obj src=prep:من conf=0.8
P طرد يطرد طرد + السفير|سفير|الدبلوماسيين|دبلوماسيين|البعثة|القائم بالأعمال|الملحق العسكري ; cameo=166 ; ctx=diplomatic ; conf=0.95
V طرد يطرد طرد ; cameo=166 ; conf=0.45 ; note=expulsion from a party/organisation; deportation of individuals is COERCE deport
P طرد يطرد طرد + المراقبين|المفتشين|المنظمات ; cameo=1662 ; conf=0.9
V أقصى يقصي إقصاء ; cameo=166 ; x=أقصت ; conf=0.5
V عزل يعزل عزل ; cameo=166 ; ctx=executive ; conf=0.45 ; note=dismiss from office; also "isolate"
P أعفى يعفي إعفاء + من مهامه|من مهامها|من منصبه|من منصبها|من مهام ; cameo=166 ; ctx=executive ; x=أعفت|أعفوا ; conf=0.85 ; note=dismissal of an official
V أقال يقيل إقالة ; cameo=166 ; ctx=executive ; x=أقالت|أقالوا ; conf=0.85
P أنهى ينهي إنهاء + مهام|تكليف ; cameo=166 ; ctx=executive ; x=أنهت|أنهوا ; conf=0.7
P علق يعلق تعليق + عضوية|عضويته|عضويتها ; cameo=166 ; conf=0.9
P جمد يجمد تجميد + عضوية|عضويته|عضويتها ; cameo=166 ; conf=0.9
@SANCTION mode=convict cameo=116 ctx=legal frame=a1=subj a2=prep:على theme=prep:ب conf=0.75
P حكم يحكم حكم + على|بسجن|بالسجن|بإعدام|بالإعدام ; conf=0.7 ; note=sentencing; prison sentences also COERCE arrest (manual)
P قضى يقضي قضاء + بسجن|بالسجن|بإعدام|بالإعدام|بتغريم|بإدانة ; frame=a1=subj a2=gen|prep:على ; x=قضت ; conf=0.85
P أصدر يصدر إصدار + حكما|حكم|أحكاما|أحكام ; frame=a1=subj a2=prep:على|prep:ضد|prep:بحق theme=prep:ب ; conf=0.75
N حكم بالسجن ; pl=أحكام بالسجن ; conf=0.9
N حكم بالإعدام ; pl=أحكام بالإعدام ; conf=0.9
V غرم يغرم تغريم ; frame=a1=subj a2=obj theme=prep:ب ; conf=0.8
N غرامة ; pl=غرامات ; conf=0.45
P أدان يدين إدانة + بتهمة|بتهم ; frame=a1=subj a2=obj ; x=أدانت ; conf=0.8 ; note=conviction by a court
# ---------------------------------------------------------------- MOBILIZE (CAMEO 15)
@MOBILIZE mode=troops cameo=154 ctx=military frame=a1=subj theme=obj dest=prep:إلى|prep:على|prep:في a2=prep:ضد conf=0.8
V حشد يحشد حشد ; pl=حشود ; conf=0.6 ; note=rallying supporters is SUPPORT/PROTEST
N حشود عسكرية ; conf=0.95
P نشر ينشر نشر + قوات|قواته|قواتها|جنود|جنودا|وحدات|تعزيزات|دبابات|صواريخ|منظومة|منظومات|بطاريات|قطعا بحرية|عناصر ; conf=0.85 ; note=نشر alone = publish
N تعزيزات ; conf=0.75
N تعزيزات عسكرية ; conf=0.95
P دفع يدفع دفع + بتعزيزات|بقوات|بتعزيزات عسكرية|بمزيد من القوات|بآليات ; conf=0.9
P أرسل يرسل إرسال + قوات|تعزيزات|قطعا بحرية|حاملة طائرات|سفنا حربية|جنودا ; conf=0.75 ; note=sending troops to help an ally can be AID military
P حرك يحرك تحريك + قوات|قواته|دبابات|قطعا|آليات|وحدات ; conf=0.85
V تمركز يتمركز تمركز ; conf=0.55
V انتقل ينتقل انتقال ; frame=a1=subj dest=prep:إلى src=prep:من ; conf=0.25 ; note=movement of fighters or troops (مسلحون بدؤوا ينتقلون إلى أفغانستان); the coder keeps it only with an armed actor (word class "armed")
V تحرك يتحرك تحرك ; frame=a1=subj dest=prep:إلى|prep:نحو src=prep:من ; conf=0.2 ; note=troop movements (تحركت القوات نحو); also "acted, moved politically": the coder keeps it only with an armed actor
V انتشر ينتشر انتشار ; conf=0.3 ; note=also "spread" (disease, phenomenon)
N انتشار عسكري ; conf=0.9
N انتشار أمني ; mode=police ; cameo=153 ; conf=0.9
V عبأ يعبئ تعبئة ; conf=0.6 ; x=عبأت
N التعبئة العامة ; conf=0.9
V جند يجند تجنيد ; mode=militia ; frame=a1=subj a2=obj ; conf=0.55 ; note=recruitment (armed groups: militia; state: troops)
P استدعى يستدعي استدعاء + الاحتياط|جنود الاحتياط|قوات الاحتياط ; conf=0.95 ; x=استدعت
N مناورات ; cameo=152 ; conf=0.75 ; note=single-country exercises; joint exercises (مشتركة) are COOPERATE
N مناورة ; cameo=152 ; conf=0.5 ; note=also "manoeuvre" (political)
N تدريبات عسكرية ; cameo=152 ; conf=0.8
N استعراض عسكري ; cameo=150 ; pl=استعراضات عسكرية ; conf=0.9
N عرض عسكري ; cameo=150 ; conf=0.85
N عمليات تمشيط ; conf=0.8 ; note=sweeping operations (Tunisian mountain areas); with clashes code ASSAULT
N عملية تمشيط ; conf=0.8
@MOBILIZE mode=police cameo=153 ctx= frame=a1=subj theme=obj loc=prep:في conf=0.8
V استنفر يستنفر استنفار ; cameo=151 ; conf=0.85
N حالة استنفار ; cameo=151 ; conf=0.9
N أهبة الاستعداد ; cameo=151 ; conf=0.75 ; note="على أهبة الاستعداد" (on alert)
N حالة تأهب ; cameo=152 ; mode=troops ; conf=0.85
P رفع يرفع رفع + درجة التأهب|حالة التأهب|حالة الاستنفار|درجة الاستعداد|درجة اليقظة ; cameo=152 ; mode=troops ; conf=0.9
P عزز يعزز تعزيز + الإجراءات الأمنية|التواجد الأمني|الوجود الأمني|الحضور الأمني|الانتشار الأمني|الدوريات ; conf=0.85
P كثف يكثف تكثيف + الدوريات|الحملات الأمنية|التواجد الأمني|الوجود الأمني|الإجراءات الأمنية ; conf=0.8
N دوريات أمنية ; conf=0.6
N إجراءات أمنية مشددة ; conf=0.75
N تعزيزات أمنية ; conf=0.9
@MOBILIZE mode=weapons cameo=150 ctx=military frame=a1=subj theme=obj conf=0.85
N تجربة صاروخية ; pl=تجارب صاروخية ; conf=0.95
N تجربة نووية ; pl=تجارب نووية ; ctx=cbrn ; conf=0.95
P أجرى يجري إجراء + تجربة صاروخية|تجربة نووية|تجارب|تجربة إطلاق ; x=أجرت|أجروا ; conf=0.95
# ---------------------------------------------------------------- COERCE (CAMEO 17, 191, 192)
@COERCE mode=arrest cameo=173 ctx=legal frame=T conf=0.85
V اعتقل يعتقل اعتقال ; pl=اعتقالات ; conf=0.95 ; note=unvocalised اعتقل is often passive ("اعتقل 3 أشخاص" = were arrested)
P ألقى يلقي إلقاء + القبض ; frame=a1=subj a2=prep:على ; nframe=a2=prep:على a1=prep:من قبل|prep:على يد|gen ; x=ألقت|ألقوا|يلقون|تلقي ; conf=0.95
V قبض يقبض قبض ; frame=a1=subj a2=prep:على ; nframe=a2=prep:على a1=prep:من قبل|gen ; conf=0.85 ; note=usually "القبض على"
V أوقف يوقف إيقاف ; conf=0.6 ; note=also "stopped, halted" (وقف/أوقف النشاط); Maghreb "إيقاف" = arrest
N توقيف ; pl=توقيفات ; conf=0.9
V احتجز يحتجز احتجاز ; conf=0.85 ; note=also "held (hostages)" (ASSAULT abduct when by an armed group)
V سجن يسجن سجن ; conf=0.45 ; note=سجن is mostly the noun "prison"
V حبس يحبس حبس ; conf=0.7
N الحبس الاحتياطي ; conf=0.9
P أودع يودع إيداع + السجن|بالسجن|في السجن|الإيقاف|بالإيقاف ; conf=0.9
N بطاقة إيداع ; conf=0.9 ; note=Tunisian detention order (بطاقة إيداع بالسجن)
P وضع يضع وضع + تحت الإقامة الجبرية|قيد الإقامة الجبرية|رهن الاعتقال|رهن الإيقاف|في الإيقاف التحفظي|تحت الحراسة ; frame=a1=subj a2=obj ; conf=0.95
N الإقامة الجبرية ; conf=0.85
N الاحتفاظ ; conf=0.5 ; note=Maghreb legal: "الاحتفاظ ب" = police custody
P احتفظ يحتفظ احتفاظ + ب ; frame=a1=subj a2=prep:ب ; conf=0.5 ; note=Maghreb legal: "الاحتفاظ بالمشتبه به" = held in custody; generic "keep" otherwise
V اقتاد يقتاد اقتياد ; conf=0.65
V استوقف يستوقف استيقاف ; conf=0.55
V ضبط يضبط ضبط ; conf=0.55 ; note=a person as object = arrest; goods = seize (mode seize); "ضبط النفس" = restraint
N حملة اعتقالات ; pl=حملات اعتقالات ; conf=0.95
N حملة مداهمات ; mode=seize ; cameo=171 ; conf=0.9
@COERCE mode=seize cameo=171 frame=a1=subj loc=obj a2=obj conf=0.8
V سلب يسلب سلب ; frame=a1=subj a2=obj theme=obj2 ; conf=0.6 ; note=robbery by force («قام بسلب 4 تلاميذ هواتفهم»); also abstract «سلب الحقوق»
V داهم يداهم مداهمة ; pl=مداهمات ; conf=0.85
V دهم يدهم دهم ; conf=0.8
V اقتحم يقتحم اقتحام ; conf=0.6 ; note=armed storming with fire is ASSAULT; protesters storming a building is PROTEST
V فتش يفتش تفتيش ; conf=0.6
V حجز يحجز حجز ; cameo=1711 ; frame=a1=subj theme=obj ; conf=0.75 ; note=Maghreb: seizure of goods; also "book, reserve"
V صادر يصادر مصادرة ; cameo=1711 ; frame=a1=subj theme=obj a2=prep:من ; conf=0.9
V استولى يستولي استيلاء ; cameo=192 ; frame=a1=subj theme=prep:على loc=prep:على ; x=استولت|استولوا|يستولون ; conf=0.8
V سيطر يسيطر سيطرة ; cameo=192 ; ctx=territory ; frame=a1=subj loc=prep:على ; conf=0.6 ; note=military takeover of territory; also "controlled (a fire, a situation)"
P بسط يبسط بسط + سيطرته|سيطرتها|السيطرة|سيطرة|نفوذه|نفوذها ; cameo=192 ; ctx=territory ; frame=a1=subj loc=prep:على ; conf=0.85
V احتل يحتل احتلال ; cameo=192 ; ctx=territory ; frame=a1=subj loc=obj ; conf=0.55 ; note=الاحتلال is often an actor name ("the occupation"); "احتل المرتبة" = ranked
N عملية أمنية ; pl=عمليات أمنية ; conf=0.5
N حملة أمنية ; pl=حملات أمنية ; conf=0.7
@COERCE mode=restrict cameo=172 frame=a1=subj a2=obj theme=prep:من conf=0.7
V منع يمنع منع ; conf=0.4
V حظر يحظر حظر ; cameo=1722 ; ctx=pro_autocracy ; frame=a1=subj theme=obj ; conf=0.6 ; note=ban; an arms embargo is SANCTION
P منع يمنع منع + من السفر|من مغادرة ; conf=0.95
N تحجير السفر ; conf=0.95 ; note=Tunisian travel ban
N منع من السفر ; conf=0.95
P حل يحل حل + الحزب|حزب|الجمعية|جمعية|الجمعيات|البرلمان|المجلس|المجلس البلدي ; cameo=1722 ; ctx=pro_autocracy ; frame=a1=subj a2=gen ; conf=0.8 ; note=حل also "solution"
P جرد يجرد تجريد + من الجنسية|من جنسيته ; frame=a1=subj a2=obj ; conf=0.95
P سحب يسحب سحب + الجنسية|جنسية|جواز سفر|رخصة ; frame=a1=subj a2=prep:من ; conf=0.8
V حاصر يحاصر محاصرة|حصار ; cameo=191 ; ctx=military ; frame=a1=subj loc=obj a2=obj ; conf=0.8
N حصار ; cameo=191 ; conf=0.75
V طوق يطوق تطويق ; cameo=191 ; frame=a1=subj loc=obj ; conf=0.7
N طوق أمني ; cameo=191 ; conf=0.9
P أغلق يغلق إغلاق|غلق + المعبر|معبر|المعابر|الحدود|المنافذ|المجال الجوي|الموانئ|الأجواء|أجواءها|أجواءه|مجالها الجوي|مجاله الجوي ; cameo=191 ; frame=a1=subj ; conf=0.8
P فرق يفرق تفريق + المتظاهرين|المحتجين|المظاهرة|التظاهرة|التجمع|الاعتصام ; cameo=172 ; ctx=repression ; frame=a1=subj a2=gen ; conf=0.9 ; note=with tear gas/rubber bullets also ASSAULT crowd-control
P فض يفض فض + الاعتصام|اعتصام|التظاهرة|المظاهرة|التجمع ; cameo=172 ; ctx=repression ; frame=a1=subj a2=gen ; conf=0.9
@COERCE mode=curfew cameo=1723 ctx=pro_autocracy frame=a1=subj loc=prep:في|prep:على conf=0.9
N حظر التجول ; conf=0.9
N حظر تجول ; conf=0.9
N حظر التجوال ; conf=0.9
P فرض يفرض فرض + حظر التجول|حظر تجول|حظر التجوال|حظرا للتجول ; conf=0.95
@COERCE mode=martial-law cameo=1724 ctx=pro_autocracy frame=a1=subj loc=prep:في conf=0.85
N حالة الطوارئ ; conf=0.8 ; note=disaster-related emergencies are not COERCE (manual)
N الأحكام العرفية ; conf=0.95
P أعلن يعلن إعلان + حالة الطوارئ|الأحكام العرفية|حالة الحصار ; conf=0.95
P مدد يمدد تمديد + حالة الطوارئ ; conf=0.95 ; note=frequent in Tunisian news 2015-2017
P فرض يفرض فرض + حالة الطوارئ|الأحكام العرفية ; conf=0.95
@COERCE mode=deport cameo=174 ctx=legal frame=a1=subj a2=obj dest=prep:إلى src=prep:من conf=0.75
V رحل يرحل ترحيل ; conf=0.45 ; note=intransitive رحل = "left, passed away"; the masdar ترحيل is reliable
N ترحيل ; conf=0.85
V أبعد يبعد إبعاد ; conf=0.7
P طرد يطرد طرد + المهاجرين|اللاجئين|الأجانب|العمال الأجانب ; conf=0.8
@COERCE mode=withhold cameo=170 ctx=human_security frame=a1=subj a2=prep:عن theme=obj conf=0.6
P قطع يقطع قطع + الكهرباء|التيار الكهربائي|الماء|المياه|الإنترنت|الاتصالات|الإمدادات ; conf=0.5 ; note=technical outages are not events: needs a deliberate actor
P منع يمنع منع + دخول المساعدات|إدخال المساعدات|وصول المساعدات ; conf=0.85
@COERCE mode=censor cameo=1721 ctx=rights_freedoms frame=a1=subj theme=obj conf=0.75
V حجب يحجب حجب ; conf=0.7
P أغلق يغلق إغلاق + الصحيفة|صحيفة|القناة|قناة|الموقع|موقع|مكتب ; conf=0.7
P منع يمنع منع + نشر|بث|توزيع ; conf=0.75
N رقابة ; conf=0.3
@COERCE mode=cyber cameo=170 ctx=cyber frame=a1=subj theme=obj a2=gen conf=0.8
P اخترق يخترق اختراق + موقع|الموقع|مواقع|حساب|حسابات|أنظمة|شبكة|خوادم|بريد ; conf=0.85 ; note=military "اخترق الخطوط" is ASSAULT
N هجوم إلكتروني ; pl=هجمات إلكترونية ; conf=0.95
N هجوم سيبراني ; pl=هجمات سيبرانية ; conf=0.95
N قرصنة ; conf=0.6 ; note=maritime piracy is ASSAULT abduct
@COERCE mode=misinformation cameo=170 ctx=misinformation frame=a1=subj conf=0.5
N حملة تضليل ; pl=حملات تضليل ; conf=0.8
N أخبار زائفة ; conf=0.4
# ---------------------------------------------------------------- ASSAULT (CAMEO 18, 19, 20)
@ASSAULT mode= cameo=190 frame=T conf=0.8
V هاجم يهاجم مهاجمة ; conf=0.75 ; note=verbal attacks are ACCUSE
V هجم يهجم هجوم ; frame=a1=subj a2=prep:على ; pl=هجمات ; conf=0.85
N هجمة ; nframe=A ; pl=هجمات ; conf=0.8
N هجوم مسلح ; nframe=A ; mode=firearms ; cameo=193 ; pl=هجمات مسلحة ; conf=0.95
P شن يشن شن + هجوما|هجوم|هجمات|هجمة|غارة|غارات|حملة عسكرية|عملية عسكرية|حربا|حرب|قصفا ; frame=a1=subj a2=prep:على|prep:ضد ; nframe=a1=gen|prep:من قبل a2=prep:على|prep:ضد ; conf=0.95
V استهدف يستهدف استهداف ; conf=0.75 ; note=also "aimed at" (policies, audiences)
N عدوان ; nframe=A ; conf=0.75
N اعتداء إرهابي ; nframe=A ; ctx=terrorism ; cameo=180 ; pl=اعتداءات إرهابية ; conf=0.95
N عملية إرهابية ; nframe=A ; ctx=terrorism ; cameo=180 ; pl=عمليات إرهابية ; conf=0.9
N عمل إرهابي ; nframe=A ; ctx=terrorism ; cameo=180 ; pl=أعمال إرهابية ; conf=0.8
N أعمال عنف ; nframe=A ; cameo=180 ; conf=0.8
N عنف ; nframe=A ; cameo=180 ; conf=0.35
N عملية عسكرية ; nframe=A ; pl=عمليات عسكرية ; conf=0.65
N حملة عسكرية ; nframe=A ; pl=حملات عسكرية ; conf=0.7
V اجتاح يجتاح اجتياح ; frame=a1=subj loc=obj a2=obj ; conf=0.8
V توغل يتوغل توغل ; frame=a1=subj loc=prep:في|prep:داخل ; conf=0.8
V غزا يغزو غزو ; frame=a1=subj loc=obj a2=obj ; x=غزت|غزوا|يغزون|تغزو ; conf=0.75
V اشتبك يشتبك اشتباك ; mode= ; cameo=190 ; frame=a1=subj a2=prep:مع a1,a2=between ; sym=1 ; pl=اشتباكات ; conf=0.9
N تبادل إطلاق النار ; nframe=A ; mode=firearms ; cameo=193 ; sym=1 ; conf=0.95
N تبادل لإطلاق النار ; nframe=A ; mode=firearms ; cameo=193 ; sym=1 ; conf=0.95
N مواجهة ; pl=مواجهات ; frame=a1=gen a2=prep:مع a1,a2=between ; sym=1 ; conf=0.55 ; note=also "confronting" (a problem); protester-police مواجهات are PROTEST riot
N مواجهات مسلحة ; nframe=A ; sym=1 ; conf=0.95
N معركة ; nframe=A ; pl=معارك ; sym=1 ; conf=0.75 ; note=also metaphorical (معركة انتخابية)
V قاتل يقاتل قتال|مقاتلة ; frame=a1=subj a2=obj|prep:ضد|prep:مع a1,a2=between ; sym=1 ; conf=0.65 ; note=مقاتل (fighter) is an agent noun, not a trigger
V حارب يحارب محاربة ; sym=1 ; conf=0.3 ; note="محاربة الفساد/الإرهاب" is policy talk, not an attack
N حرب ; nframe=A ; pl=حروب ; sym=1 ; conf=0.5
N صراع مسلح ; nframe=A ; sym=1 ; conf=0.85
N الصراع المسلح ; nframe=A ; sym=1 ; conf=0.85
N نزاع مسلح ; nframe=A ; sym=1 ; pl=نزاعات مسلحة ; conf=0.85
N اقتتال ; nframe=A ; sym=1 ; conf=0.9
P قضى يقضي قضاء + على ; frame=a1=subj a2=prep:على ; x=قضت|قضوا ; conf=0.55 ; note=Maghreb security news: "القضاء على عنصر إرهابي" = killed; القضاء alone is "the judiciary"
N مناوشات ; nframe=A ; sym=1 ; conf=0.7 ; note=skirmishes; between protesters and police it is PROTEST riot
V تصدى يتصدى تصد|التصدي ; frame=a1=subj a2=prep:ل ; x=تصدت|تصدوا|يتصدون ; conf=0.45 ; note=repelling an attack; also "tackle (a problem)"
V صد يصد صد ; frame=a1=subj a2=obj ; conf=0.55
N كمين ; nframe=A ; mode=firearms ; cameo=193 ; pl=كمائن ; conf=0.9
P نصب ينصب نصب + كمينا|كمين|كمائن|كمينين|كمينان ; mode=firearms ; cameo=193 ; frame=a1=subj a2=prep:ل ; conf=0.95
P خرق يخرق خرق + الهدنة|وقف إطلاق النار|اتفاق وقف إطلاق النار ; cameo=196 ; ctx=legal | military ; frame=a1=subj ; conf=0.9
P انتهك ينتهك انتهاك + الهدنة|وقف إطلاق النار|اتفاق وقف إطلاق النار|المجال الجوي ; cameo=196 ; ctx=military ; frame=a1=subj ; conf=0.85
@ASSAULT mode=firearms cameo=193 frame=a1=subj a2=prep:على loc=prep:في conf=0.9
P أطلق يطلق إطلاق + النار|الرصاص|النيران|الرصاص الحي|أعيرة نارية|عيارات نارية|وابلا من الرصاص ; conf=0.9 ; note="أطلق النار في الهواء" (warning shots at crowds) is crowd-control
N إطلاق نار ; nframe=A ; conf=0.85
N إطلاق النار ; nframe=A ; conf=0.75 ; note=in "وقف إطلاق النار" it is part of a ceasefire (longest match wins)
V قنص يقنص قنص ; frame=a1=subj a2=obj ; conf=0.85
N رصاص ; conf=0.35
N سطو مسلح ; nframe=A ; cameo=180 ; ctx=crime ; conf=0.85
N براكاج ; nframe=A ; mode=primitive ; cameo=180 ; ctx=crime ; conf=0.85 ; note=Tunisian for violent street robbery
@ASSAULT mode=heavy-weapons cameo=194 frame=a1=subj a2=obj loc=obj|prep:في conf=0.85
V قصف يقصف قصف ; conf=0.9 ; note=aerial bombing is mode aerial (195): see the weapon
V دك يدك دك ; conf=0.8
N قصف مدفعي ; nframe=A ; conf=0.95
N قصف صاروخي ; nframe=A ; conf=0.95
V أمطر يمطر إمطار ; conf=0.35 ; note=«أمطرت القوات المدينة بقذائف الهاون»: only with its weapon noun (ب) is it shelling (rain, questions: no event)
P أطلق يطلق إطلاق + صاروخا|صواريخ|قذيفة|قذائف|قذائف هاون|رشقة صاروخية|رشقات صاروخية ; frame=a1=subj a2=prep:على|prep:باتجاه|prep:نحو ; conf=0.85
N قذيفة ; pl=قذائف ; conf=0.6
N قذيفة هاون ; pl=قذائف هاون ; conf=0.85
P أسقط يسقط إسقاط + طائرة|طائرة مسيرة|طائرة بدون طيار|مروحية|مقاتلة|طائرة حربية ; cameo=190 ; frame=a1=subj a2=gen ; conf=0.9
@ASSAULT mode=aerial cameo=195 frame=a1=subj a2=obj loc=obj|prep:في conf=0.9
N غارة ; nframe=A ; pl=غارات ; conf=0.85 ; note=also a police raid in some outlets
N غارة جوية ; nframe=A ; pl=غارات جوية ; conf=0.95
N قصف جوي ; nframe=A ; conf=0.95
N ضربة جوية ; nframe=A ; pl=ضربات جوية ; conf=0.95
V أغار يغير إغارة ; frame=a1=subj a2=prep:على loc=prep:على ; conf=0.45 ; note=present يغير is mostly "changes"
N ضربة ; nframe=A ; cameo=190 ; mode= ; pl=ضربات ; conf=0.5 ; note=also sports/penalty (ضربة جزاء)
@ASSAULT mode=drone cameo=1952 frame=a1=subj a2=obj conf=0.9
N غارة بطائرة مسيرة ; nframe=A ; pl=غارات بطائرات مسيرة ; conf=0.95
N ضربة بطائرة مسيرة ; nframe=A ; pl=ضربات بطائرات مسيرة ; conf=0.95
N هجوم بطائرة مسيرة ; nframe=A ; pl=هجمات بطائرات مسيرة ; conf=0.95
@ASSAULT mode=explosives cameo=183 ctx=terrorism frame=a1=subj theme=obj loc=prep:في|prep:قرب a2=prep:ضد|prep:على conf=0.85
V فجر يفجر تفجير ; pl=تفجيرات ; conf=0.75 ; note=فجر is also "dawn" (الفجر): verb forms need context, the masdar تفجير is reliable
V انفجر ينفجر انفجار ; frame=theme=subj loc=prep:في ; pl=انفجارات ; conf=0.55 ; note=gas/industrial explosions are accidents, not events
N عبوة ناسفة ; cameo=1833 ; pl=عبوات ناسفة ; conf=0.9
N لغم ; cameo=1833 ; pl=ألغام ; conf=0.4 ; note=demining news mention mines without an attack
N سيارة مفخخة ; cameo=1832 ; pl=سيارات مفخخة ; conf=0.95
N شاحنة مفخخة ; cameo=1832 ; conf=0.95
V فخخ يفخخ تفخيخ ; cameo=1832 ; conf=0.8
V نسف ينسف نسف ; cameo=183 ; mode=destroy ; conf=0.8
P زرع يزرع زرع + عبوة|عبوة ناسفة|عبوات|ألغاما|لغما|قنبلة ; cameo=1833 ; conf=0.9
N قنبلة ; pl=قنابل ; conf=0.45
@ASSAULT mode=suicide-attack cameo=1831 ctx=terrorism frame=a1=subj loc=prep:في a2=prep:ضد|prep:على conf=0.95
N تفجير انتحاري ; nframe=A ; pl=تفجيرات انتحارية ; conf=0.95
N هجوم انتحاري ; nframe=A ; pl=هجمات انتحارية ; conf=0.95
N عملية انتحارية ; nframe=A ; pl=عمليات انتحارية ; conf=0.9
P فجر يفجر تفجير + نفسه|نفسها|أنفسهم ; conf=0.95
N حزام ناسف ; pl=أحزمة ناسفة ; conf=0.8
@ASSAULT mode=targeted cameo=186 frame=a1=subj a2=obj conf=0.9
V اغتال يغتال اغتيال ; pl=اغتيالات ; conf=0.95
N محاولة اغتيال ; nframe=A ; cameo=185 ; pl=محاولات اغتيال ; conf=0.95
V صفى يصفي تصفية ; x=صفت|صفوا ; conf=0.45 ; note=also "liquidate (a company), clear"
N تصفية جسدية ; nframe=A ; conf=0.95
V أعدم يعدم إعدام ; conf=0.75 ; note=judicial executions follow a SANCTION convict; field executions by armed groups are targeted killings
N إعدام ميداني ; nframe=A ; pl=إعدامات ميدانية ; conf=0.95
N مجزرة ; nframe=A ; cameo=202 ; pl=مجازر ; conf=0.9
N مذبحة ; nframe=A ; cameo=202 ; pl=مذابح ; conf=0.9
N إبادة جماعية ; nframe=A ; cameo=202 ; conf=0.85
P ارتكب يرتكب ارتكاب + مجزرة|مجازر|مذبحة|مذابح|جرائم حرب ; cameo=202 ; conf=0.95
V قتل يقتل قتل ; cameo=180 ; mode= ; conf=0.75 ; note=unvocalised قتل is often passive ("قتل 5 أشخاص" = 5 were killed): then subj is a2
N مقتل ; cameo=180 ; mode= ; frame=a2=gen a1=prep:على يد|prep:برصاص|prep:في ; conf=0.7 ; note=the genitive is the victim
V استشهد يستشهد استشهاد ; cameo=190 ; mode= ; frame=a2=subj a1=prep:برصاص|prep:على يد|prep:في ; nframe=a2=gen a1=prep:برصاص|prep:على يد ; conf=0.6 ; note=the subject is the victim
@ASSAULT mode=abduct cameo=181 frame=a1=subj a2=obj conf=0.9
V اختطف يختطف اختطاف ; conf=0.95
V خطف يخطف خطف ; conf=0.85
P احتجز يحتجز احتجاز + رهائن|كرهائن|رهينة ; frame=a1=subj a2=gen ; conf=0.95
N رهينة ; pl=رهائن ; conf=0.4
V أسر يأسر أسر ; conf=0.6 ; note=capturing combatants (manual: ASSAULT abduct); أسرة = family
N إخفاء قسري ; nframe=A ; conf=0.85
N الاختفاء القسري ; nframe=A ; conf=0.7
P استعمل يستعمل استعمال + دروعا بشرية|كدروع بشرية ; cameo=184 ; conf=0.95
P اتخذ يتخذ اتخاذ + دروعا بشرية|كدروع بشرية ; cameo=184 ; conf=0.95
@ASSAULT mode=beat cameo=182 frame=a1=subj a2=obj conf=0.8
V اعتدى يعتدي اعتداء ; frame=a1=subj a2=prep:على ; pl=اعتداءات ; x=اعتدت|اعتدوا|يعتدون ; conf=0.85
V ضرب يضرب ضرب ; conf=0.4 ; note=also "set (an example)", "struck (an economy)", sports
V عنف يعنف تعنيف ; conf=0.85
N عنف جسدي ; nframe=A ; conf=0.8
V نكل ينكل تنكيل ; frame=a1=subj a2=prep:ب ; conf=0.85
@ASSAULT mode=torture cameo=1822 frame=a1=subj a2=obj conf=0.9
V عذب يعذب تعذيب ; conf=0.9
N سوء معاملة ; nframe=A ; conf=0.5
@ASSAULT mode=sexual cameo=1821 frame=a1=subj a2=obj conf=0.9
V اغتصب يغتصب اغتصاب ; conf=0.9 ; note=also "usurped (land, power)"
N اعتداء جنسي ; nframe=A ; pl=اعتداءات جنسية ; conf=0.95
V تحرش يتحرش تحرش ; frame=a1=subj a2=prep:ب ; conf=0.85
@ASSAULT mode=primitive cameo=180 frame=a1=subj a2=obj conf=0.75
V طعن يطعن طعن ; frame=a1=subj a2=obj theme=prep:ب ; conf=0.55 ; note=with في it is a legal challenge (REJECT)
N طعنة ; pl=طعنات ; conf=0.85
V ذبح يذبح ذبح ; conf=0.5 ; note=also animal slaughter (الأضاحي)
V نحر ينحر نحر ; conf=0.4
V أحرق يحرق إحراق|حرق ; mode=primitive ; cameo=1712 ; frame=a1=subj theme=obj ; conf=0.5 ; note=burning property; tyre burning in protests is PROTEST riot
P أضرم يضرم إضرام + النار|النيران ; cameo=1712 ; frame=a1=subj a2=prep:في theme=prep:في ; conf=0.75
P أشعل يشعل إشعال + النار|النيران ; cameo=1712 ; frame=a1=subj a2=prep:في theme=prep:في ; conf=0.75 ; note=setting fire to property (أضرم النار)
V رجم يرجم رجم ; conf=0.7
V دهس يدهس دهس ; cameo=180 ; mode= ; conf=0.45 ; note=ramming attacks vs traffic accidents
@ASSAULT mode=destroy cameo=1712 frame=a1=subj theme=obj conf=0.7
V دمر يدمر تدمير ; conf=0.7
V هدم يهدم هدم ; conf=0.6 ; note=demolitions by authorities (settlements, "illegal" houses) are ASSAULT destroy per manual
V جرف يجرف تجريف ; conf=0.7
V خرب يخرب تخريب ; conf=0.55
@ASSAULT mode=crowd-control cameo=175 ctx=repression frame=a1=subj a2=obj|prep:على conf=0.9
P أطلق يطلق إطلاق + الغاز المسيل للدموع|الغاز|قنابل الغاز|قنابل مسيلة للدموع|الرصاص المطاطي|الرصاص المطاطي والغاز ; frame=a1=subj a2=prep:على|prep:باتجاه|prep:لتفريق ; conf=0.9
N الغاز المسيل للدموع ; conf=0.85
N الرصاص المطاطي ; conf=0.85
N خراطيم المياه ; conf=0.75
V قمع يقمع قمع ; conf=0.65
@ASSAULT mode=unconventional cameo=2041 ctx=cbrn frame=a1=subj a2=obj conf=0.9
N هجوم كيماوي ; nframe=A ; pl=هجمات كيماوية ; conf=0.95
N هجوم كيميائي ; nframe=A ; pl=هجمات كيميائية ; conf=0.95
N أسلحة كيماوية ; conf=0.5
N السلاح الكيماوي ; conf=0.5
N غاز السارين ; conf=0.8
N تطهير عرقي ; nframe=A ; cameo=203 ; mode= ; ctx=religion_ethnicity ; conf=0.9
N تهجير قسري ; nframe=A ; cameo=201 ; mode= ; ctx=religion_ethnicity|territory ; conf=0.85
