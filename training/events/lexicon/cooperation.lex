# Verbal and material cooperation: AGREE, CONSULT, SUPPORT, CONCEDE, COOPERATE, AID, RETREAT
# ---------------------------------------------------------------- AGREE (CAMEO 03)
@AGREE cameo=030 ctx=diplomatic frame=T conf=0.7
V وافق يوافق موافقة ; frame=a1=subj theme=prep:على ; conf=0.7 ; note=agreement to a proposal, plan or request
V اتفق يتفق اتفاق ; frame=a1=subj a2=prep:مع theme=prep:على a1,a2=between ; sym=1 ; pl=اتفاقات|اتفاقيات ; conf=0.8
V تعهد يتعهد تعهد ; frame=a1=subj theme=prep:ب a2=prep:ل ; pl=تعهدات ; conf=0.85
V وعد يعد وعد ; frame=a1=subj a2=obj theme=prep:ب ; pl=وعود ; conf=0.7 ; note=also a noun "promise"
V التزم يلتزم التزام ; frame=a1=subj theme=prep:ب ; pl=التزامات ; conf=0.5 ; note=also "abide by" (existing obligations)
V عرض يعرض عرض ; frame=a1=subj theme=obj a2=prep:على ; conf=0.35 ; note=very ambiguous: also "show, display, present"
V اقترح يقترح اقتراح ; frame=a1=subj theme=obj a2=prep:على ; pl=اقتراحات|مقترحات ; conf=0.5
V قبل يقبل قبول ; frame=a1=subj theme=obj ; conf=0.4 ; note=accept an offer/mediation; the object decides
V توافق يتوافق توافق ; frame=a1=subj a2=prep:مع theme=prep:على a1,a2=between ; sym=1 ; conf=0.6
V تفاهم يتفاهم تفاهم ; frame=a1=subj a2=prep:مع theme=prep:على a1,a2=between ; sym=1 ; pl=تفاهمات ; conf=0.6
P أبدى يبدي إبداء + استعداد|استعداده|استعدادها|استعدادهم|رغبة|رغبته|رغبتها ; frame=a1=subj theme=prep:ل ; x=أبدت|أبدوا|يبدون|تبدي ; conf=0.8
P أعرب يعرب إعراب + عن استعداد|عن استعداده|عن استعدادها|عن رغبة|عن رغبته|عن رغبتها ; frame=a1=subj theme=prep:ل ; conf=0.8
P توصل يتوصل توصل + إلى اتفاق|إلى اتفاقية|إلى تفاهم|إلى تسوية|إلى حل ; frame=a1=subj a2=prep:مع theme=prep:حول|prep:بشأن a1,a2=between ; sym=1 ; cameo=030 ; conf=0.85
P قبل يقبل قبول + الدعوة|دعوة ; cameo=036 ; frame=a1=subj a2=gen ; conf=0.85 ; note=accepting an invitation = intent to meet
P لبى يلبي تلبية + الدعوة|دعوة ; cameo=036 ; frame=a1=subj a2=gen ; x=لبت|لبوا|يلبون ; conf=0.85
P وجه يوجه توجيه + دعوة|الدعوة ; cameo=036 ; frame=a1=subj a2=prep:إلى|prep:ل theme=prep:ل ; conf=0.75 ; note=inviting = intent to meet (PLOVER: invitations for visits are AGREE)
P عرض يعرض عرض + الوساطة|وساطة|وساطته|وساطتها ; cameo=039 ; frame=a1=subj a2=prep:بين|prep:على ; conf=0.9
P قبل يقبل قبول + الوساطة|وساطة|بوساطة ; cameo=038 ; frame=a1=subj a2=gen ; conf=0.85
N مذكرة تفاهم ; cameo=030 ; pl=مذكرات تفاهم ; conf=0.5 ; note=with وقع/أبرم it is SUPPORT 057 (phrasal entries win)
N تسوية ; cameo=037 ; pl=تسويات ; conf=0.5 ; note=also financial "settlement"
N مصالحة ; cameo=037 ; pl=مصالحات ; sym=1 ; conf=0.6
N صفقة ; cameo=030 ; pl=صفقات ; conf=0.4 ; note=business deals are not PLOVER events
N استعداد ; cameo=030 ; nframe=a1=gen theme=prep:ل|prep:على ; conf=0.45 ; note=readiness to act is an offer only with its content (ل/على + masdar) and outside «حالة استعداد»; rasd.events.senses decides
N مستعد ; cameo=030 ; nframe=theme=prep:ل|prep:على ; pl=مستعدون|مستعدين|مستعدة ; conf=0.45 ; note=predicate «X مستعد لـ»: an offer with its content; rasd.events.senses decides
P تعهد يتعهد تعهد + بتقديم مساعدات|بتقديم الدعم|بدعم ; cameo=033 ; frame=a1=subj a2=prep:ل ; conf=0.85
P وعد يعد وعد + بتقديم|بمساعدة|بإرسال مساعدات ; cameo=033 ; frame=a1=subj a2=obj|prep:ل ; conf=0.8
P تعهد يتعهد تعهد + بالإصلاح|بإصلاحات|بإجراء إصلاحات ; cameo=034 ; ctx=political_institutions ; frame=a1=subj ; conf=0.85
# ---------------------------------------------------------------- CONSULT (CAMEO 04)
@CONSULT cameo=040 ctx=diplomatic frame=a1=subj a2=obj|prep:ب|prep:مع a1,a2=between sym=1 conf=0.85
V اجتمع يجتمع اجتماع ; frame=a1=subj a2=prep:ب|prep:مع a1,a2=between ; pl=اجتماعات ; conf=0.9
V التقى يلتقي لقاء|التقاء ; pl=لقاءات ; x=التقت|التقوا|يلتقون|تلتقي ; conf=0.9
V تباحث يتباحث تباحث|مباحثات ; frame=a1=subj a2=prep:مع theme=prep:في|prep:حول a1,a2=between ; conf=0.9
V بحث يبحث بحث ; frame=a1=subj a2=prep:مع theme=obj ; conf=0.45 ; note=with مع it is "discussed with"; Tunisian legal "فتح بحث" = investigation (ACCUSE)
V ناقش يناقش مناقشة|نقاش ; frame=a1=subj theme=obj a2=prep:مع ; pl=مناقشات ; conf=0.6
V تشاور يتشاور تشاور|مشاورات ; frame=a1=subj a2=prep:مع theme=prep:في|prep:حول a1,a2=between ; conf=0.85
V تفاوض يتفاوض تفاوض|مفاوضات ; cameo=046 ; frame=a1=subj a2=prep:مع theme=prep:على|prep:حول|prep:بشأن a1,a2=between ; conf=0.9
V حاور يحاور حوار|محاورة ; frame=a1=subj a2=obj|prep:مع a1,a2=between ; pl=حوارات ; conf=0.55 ; note=also "interview" and national-dialogue names
V تحادث يتحادث تحادث|محادثات ; frame=a1=subj a2=prep:مع a1,a2=between ; conf=0.9
N محادثة ; pl=محادثات ; conf=0.85
N مباحثات ; conf=0.9
N قمة ; mode=multilateral ; pl=قمم ; conf=0.75 ; note=also "peak, top"
N مؤتمر ; mode=multilateral ; pl=مؤتمرات ; conf=0.3 ; note="مؤتمر صحفي" (press conference) is not CONSULT
N جلسة ; pl=جلسات ; conf=0.3 ; note=court hearings (جلسة محاكمة) are ACCUSE allege
N اجتماع طارئ ; mode=multilateral ; pl=اجتماعات طارئة ; conf=0.9
N جولة مفاوضات ; cameo=046 ; pl=جولات مفاوضات ; conf=0.95
N جولة محادثات ; pl=جولات محادثات ; conf=0.95
V التأم يلتئم التئام ; mode=multilateral ; frame=a1=subj ; conf=0.7
V انعقد ينعقد انعقاد ; mode=multilateral ; frame=theme=subj ; conf=0.5 ; note=subject is the meeting itself; participants come from context
V زار يزور زيارة ; mode=visit ; cameo=042 ; frame=a1=subj a2=obj dest=obj ; nframe=a1=gen a2=prep:ل dest=prep:إلى|prep:ل ; sym=0 ; pl=زيارات ; x=زارت|زاروا|يزورون|تزور ; conf=0.9 ; note=a2 is the host when the object is an actor; a place object is dest
V استقبل يستقبل استقبال ; mode=visit ; cameo=043 ; frame=a2=subj a1=obj ; nframe=a1=prep:ل|gen a2=gen|prep:من قبل ; sym=0 ; conf=0.75 ; note=the host is the PLOVER recipient (a2), the visitor the actor (a1)
V استضاف يستضيف استضافة ; mode=visit ; cameo=043 ; frame=a2=subj a1=obj ; nframe=a1=prep:ل|gen a2=gen ; sym=0 ; conf=0.55 ; note=if the object is a meeting, mode third-party (044)
V حل يحل حلول ; mode=visit ; cameo=042 ; frame=a1=subj dest=obj ; sym=0 ; conf=0.2 ; note=only "حل ضيفا على" (was the guest of); "حل" is mostly "solve/dissolve"
P حل يحل حلول + ضيفا على|ضيفا ; mode=visit ; cameo=042 ; frame=a1=subj a2=prep:على ; sym=0 ; conf=0.9
V وصل يصل وصول ; mode=visit ; cameo=042 ; frame=a1=subj dest=prep:إلى ; sym=0 ; conf=0.35 ; note=arrival of an official or delegation = visit
V سافر يسافر سفر ; mode=visit ; cameo=042 ; frame=a1=subj dest=prep:إلى ; sym=0 ; conf=0.4
V توجه يتوجه توجه ; mode=visit ; cameo=042 ; frame=a1=subj dest=prep:إلى ; sym=0 ; conf=0.3 ; note=also "orientation, trend"
N جولة ; mode=visit ; cameo=042 ; pl=جولات ; sym=0 ; conf=0.45 ; note=tour of an official; also sports "round"
N زيارة رسمية ; mode=visit ; cameo=042 ; pl=زيارات رسمية ; sym=0 ; conf=0.95
V اتصل يتصل اتصال ; mode=phone ; cameo=041 ; frame=a1=subj a2=prep:ب ; pl=اتصالات ; sym=0 ; conf=0.65 ; note=also telecoms (اتصالات تونس)
N اتصال هاتفي ; mode=phone ; cameo=041 ; pl=اتصالات هاتفية ; conf=0.95
N مكالمة هاتفية ; mode=phone ; cameo=041 ; pl=مكالمات هاتفية ; conf=0.95
V هاتف يهاتف مهاتفة ; mode=phone ; cameo=041 ; frame=a1=subj a2=obj ; sym=0 ; conf=0.7 ; note=also the noun "telephone"
P تلقى يتلقى تلقي + اتصالا|اتصالا هاتفيا|مكالمة|مكالمة هاتفية|رسالة|برقية ; mode=phone ; cameo=041 ; frame=a2=subj a1=prep:من ; nframe=a2=gen a1=prep:من ; sym=0 ; x=تلقت|تلقوا|يتلقون|تتلقى ; conf=0.9 ; note=the receiver of the call is the subject
P بعث يبعث بعث + رسالة|برقية|رسالة خطية ; mode=phone ; cameo=041 ; frame=a1=subj a2=prep:إلى|prep:ل ; sym=0 ; conf=0.6 ; note=consultation by letter (remote medium)
V توسط يتوسط توسط|وساطة ; cameo=045 ; frame=a1=subj a2=prep:بين|prep:لدى ; sym=0 ; conf=0.85
N وساطة ; cameo=045 ; pl=وساطات ; sym=0 ; conf=0.8
N منتدى ; mode=multilateral ; pl=منتديات ; conf=0.3
# ---------------------------------------------------------------- SUPPORT (CAMEO 05)
@SUPPORT cameo=051 ctx=diplomatic frame=T conf=0.8
V أشاد يشيد إشادة ; frame=a1=subj a2=prep:ب ; x=أشادت|أشادوا|يشيدون ; conf=0.9
V ثمن يثمن تثمين ; conf=0.85 ; note=also "price" (ثمن); verb form yhthmn is unambiguous
V رحب يرحب ترحيب ; frame=a1=subj a2=prep:ب ; conf=0.8 ; note=also "welcomed a guest" (CONSULT host)
V أيد يؤيد تأييد ; x=أيدت|أيدوا|يؤيدون|تؤيد ; conf=0.85
P منح يمنح منح + الثقة|ثقتها|ثقته|ثقتهم ; frame=a1=subj a2=prep:ل ; conf=0.85 ; note=a vote of confidence (منح الثقة للحكومة) is political support, not aid
V دعم يدعم دعم ; conf=0.5 ; note=verbal/political support; material support (مالي، عسكري، لوجستي) is AID
V ساند يساند مساندة ; conf=0.7
V بارك يبارك مباركة ; frame=a1=subj a2=obj ; conf=0.7
V هنأ يهنئ تهنئة ; frame=a1=subj a2=obj theme=prep:ب ; x=هنأت|هنؤوا|يهنئون ; conf=0.6
V شكر يشكر شكر ; frame=a1=subj a2=obj theme=prep:على ; conf=0.5
V أثنى يثني ثناء ; frame=a1=subj a2=prep:على ; x=أثنت|أثنوا|يثنون|تثني ; conf=0.85
V نوه ينوه تنويه ; frame=a1=subj a2=prep:ب ; conf=0.6 ; note=Maghreb usage "praised"; also "pointed out" (reporting)
V امتدح يمتدح امتداح ; conf=0.9
V تضامن يتضامن تضامن ; frame=a1=subj a2=prep:مع ; conf=0.7
V دافع يدافع دفاع ; cameo=052 ; frame=a1=subj a2=prep:عن ; conf=0.45 ; note=also military defence (وزارة الدفاع) and legal defence
V اعترف يعترف اعتراف ; cameo=054 ; frame=a1=subj a2=prep:ب ; conf=0.4 ; note=also "confessed" (of a suspect)
V سامح يسامح مسامحة ; cameo=056 ; frame=a1=subj a2=obj ; conf=0.7
P صادق يصادق مصادقة + على ; cameo=057 ; frame=a1=subj theme=prep:على ; nframe=a1=gen|prep:من قبل theme=prep:على ; conf=0.75 ; note=ratify: always with على (alone, «صادق» is «sincere»: وصادق المواساة)
P وقع يوقع توقيع + اتفاق|اتفاقا|اتفاقية|الاتفاق|الاتفاقية|اتفاقيات|مذكرة تفاهم|مذكرات تفاهم|معاهدة|بروتوكول|إعلان ; cameo=057 ; frame=a1=subj a2=prep:مع a1,a2=between ; sym=1 ; conf=0.9 ; note=the head also means "fell, happened" (وقع الحادث)
P أبرم يبرم إبرام + اتفاق|اتفاقا|اتفاقية|صفقة|معاهدة ; cameo=057 ; frame=a1=subj a2=prep:مع a1,a2=between ; sym=1 ; conf=0.9
P أعاد يعيد إعادة + العلاقات|علاقاتها|العلاقات الدبلوماسية|فتح السفارة|فتح سفارتها ; cameo=050 ; frame=a1=subj a2=prep:مع a1,a2=between ; sym=1 ; conf=0.9
P استأنف يستأنف استئناف + العلاقات|علاقاتها|العلاقات الدبلوماسية ; cameo=050 ; frame=a1=subj a2=prep:مع a1,a2=between ; sym=1 ; conf=0.9
P أقام يقيم إقامة + علاقات|علاقات دبلوماسية ; cameo=050 ; frame=a1=subj a2=prep:مع a1,a2=between ; sym=1 ; conf=0.85
V طبع يطبع تطبيع ; cameo=050 ; frame=a1=subj a2=prep:مع ; sym=1 ; conf=0.4 ; note=verb also "print"; the masdar تطبيع is reliable
N تطبيع ; cameo=050 ; sym=1 ; conf=0.85
V تقارب يتقارب تقارب ; cameo=050 ; frame=a1=subj a2=prep:مع a1,a2=between ; sym=1 ; conf=0.6
P أعرب يعرب إعراب + عن دعمه|عن دعمها|عن دعم|عن تأييده|عن تأييدها|عن تضامنه|عن تضامنها|عن ارتياحه|عن ارتياحها ; frame=a1=subj a2=prep:ل|prep:مع ; conf=0.85
P جدد يجدد تجديد + دعمه|دعمها|دعم|تأييده|تأييدها ; frame=a1=subj a2=prep:ل ; conf=0.85
P حشد يحشد حشد + الدعم|التأييد|دعما ; cameo=053 ; frame=a1=subj a2=prep:ل ; conf=0.85 ; note=rally support; troop build-up is MOBILIZE
# ---------------------------------------------------------------- CONCEDE (CAMEO 08, verbal)
@CONCEDE cameo=080 frame=T conf=0.7
V تنازل يتنازل تنازل ; frame=a1=subj theme=prep:عن a2=prep:ل ; pl=تنازلات ; conf=0.75
V رضخ يرضخ رضوخ ; cameo=083 ; frame=a1=subj a2=prep:ل ; conf=0.85
V استجاب يستجيب استجابة ; cameo=083 ; frame=a1=subj theme=prep:ل ; conf=0.55
V أذعن يذعن إذعان ; cameo=083 ; frame=a1=subj a2=prep:ل ; conf=0.85
P لبى يلبي تلبية + مطالب|المطالب|مطالبهم ; cameo=083 ; frame=a1=subj a2=gen ; x=لبت|لبوا ; conf=0.85
V خفف يخفف تخفيف ; cameo=081 ; frame=a1=subj theme=obj ; conf=0.4 ; note=ease restrictions/sanctions; also generic "reduce"
V عفا يعفو عفو ; cameo=081 ; ctx=legal ; frame=a1=subj a2=prep:عن ; x=عفت|يعفون ; conf=0.6 ; note=pardon (PLOVER: pardons and amnesties are CONCEDE)
N عفو رئاسي ; cameo=081 ; ctx=legal ; conf=0.9
N عفو عام ; cameo=081 ; ctx=legal ; conf=0.85
V برأ يبرئ تبرئة ; cameo=081 ; ctx=legal ; x=برأت|يبرئون ; conf=0.7 ; note=acquittal is CONCEDE in PLOVER
V اعتذر يعتذر اعتذار ; cameo=055 ; ctx=diplomatic ; frame=a1=subj a2=prep:ل|prep:من theme=prep:عن ; conf=0.7 ; note=apology = regret (CONCEDE per manual); also "declined an invitation" (اعتذر عن الحضور)
P أعرب يعرب إعراب + عن أسفه|عن أسفها|عن أسف|عن ندمه ; cameo=055 ; frame=a1=subj theme=prep:ل ; conf=0.7
V تراجع يتراجع تراجع ; frame=a1=subj theme=prep:عن ; conf=0.35 ; note=backed down; also "declined, fell" (economy) and military retreat
P تراجع يتراجع تراجع + عن ; frame=a1=subj theme=prep:عن ; conf=0.7 ; note=backed down from a decision, statement or resignation («تراجعا عن استقالتيهما»)
V عدل يعدل عدول ; frame=a1=subj theme=prep:عن ; conf=0.4 ; note=only with عن (reversed a decision); "عدل" also "amend"
V تخلى يتخلى تخل|التخلي ; frame=a1=subj theme=prep:عن ; x=تخلت|تخلوا|يتخلون ; conf=0.55
P علق يعلق تعليق + الإضراب|إضرابه|إضرابهم|الاحتجاج|الاحتجاجات|الاعتصام|اعتصامهم|تحركاتهم ; cameo=082 ; frame=a1=subj ; conf=0.85 ; note=suspending a protest (manual: CONCEDE)
P أوقف يوقف إيقاف|وقف + الإضراب|إضرابه|إضرابهم|الاحتجاج|الاحتجاجات|الاعتصام ; cameo=082 ; frame=a1=subj ; conf=0.8
P فك يفك فك + الاعتصام|اعتصامهم|الإضراب|إضرابهم ; cameo=082 ; frame=a1=subj ; conf=0.85
P سحب يسحب سحب + الدعوى|الشكوى|القضية|مشروع القانون ; frame=a1=subj ; conf=0.7
P رفع يرفع رفع + حظر التجول|حظر التجوال|حالة الطوارئ ; cameo=0813 ; ctx=legal ; frame=a1=subj ; conf=0.9 ; note=lifting curfew / state of emergency (manual: CONCEDE)
P ألغى يلغي إلغاء + حظر التجول|حالة الطوارئ|قرار المنع|قرار الحظر ; cameo=0813 ; ctx=legal ; frame=a1=subj ; x=ألغت|ألغوا|يلغون ; conf=0.85
P أعلن يعلن إعلان + وقف إطلاق النار|هدنة|الهدنة|انسحاب ; cameo=080 ; frame=a1=subj ; conf=0.6 ; note=declaration (not implementation) of ceasefire or withdrawal
# ---------------------------------------------------------------- COOPERATE (CAMEO 06)
@COOPERATE cameo=060 frame=a1=subj a2=prep:مع a1,a2=between sym=1 conf=0.6
V تعاون يتعاون تعاون ; conf=0.55 ; note=frequent in non-event uses ("في إطار التعاون")
V نسق ينسق تنسيق ; conf=0.6
V تبادل يتبادل تبادل ; frame=a1=subj theme=obj a2=prep:مع a1,a2=between ; conf=0.4 ; note=the object decides: أسرى -> RETREAT, معلومات -> 064
P تبادل يتبادل تبادل + المعلومات|معلومات|المعلومات الاستخباراتية|الخبرات ; cameo=064 ; ctx=intelligence ; conf=0.85
V تحالف يتحالف تحالف ; cameo=062 ; pl=تحالفات ; conf=0.45 ; note=also actor names (التحالف الدولي); relation ally_of
V انضم ينضم انضمام ; frame=a1=subj a2=prep:إلى|prep:ل ; sym=0 ; conf=0.3 ; note=joining a coalition/organisation; joining an armed group is a member_of relation
N مناورات مشتركة ; cameo=062 ; ctx=military ; conf=0.95
N تدريبات مشتركة ; cameo=062 ; ctx=military ; conf=0.9
N تمرين مشترك ; cameo=062 ; ctx=military ; pl=تمارين مشتركة ; conf=0.9
N دوريات مشتركة ; cameo=062 ; conf=0.9
N عملية مشتركة ; cameo=062 ; pl=عمليات مشتركة ; conf=0.7
N لجنة مشتركة ; pl=لجان مشتركة ; conf=0.5
N شراكة ; pl=شراكات ; conf=0.45
N عمل مشترك ; conf=0.4
V سلم يسلم تسليم ; cameo=063 ; ctx=legal ; frame=a1=subj theme=obj a2=prep:إلى|prep:ل ; nframe=theme=gen a2=prep:إلى|prep:ل a1=prep:من قبل ; sym=0 ; conf=0.3 ; note=extradition when the object is a wanted person handed to another state; also "deliver"
P سلم يسلم تسليم + المطلوبين|مطلوبين|المتهم|المتهمين ; cameo=063 ; ctx=legal ; frame=a1=subj a2=prep:إلى|prep:ل ; sym=0 ; conf=0.8
P وقع يوقع توقيع + عقد|عقدا|عقود|صفقة ; cameo=061 ; ctx=economic ; conf=0.55
N تبادل تجاري ; cameo=061 ; ctx=economic ; conf=0.5
N تنسيق أمني ; cameo=062 ; conf=0.8
N تعاون أمني ; cameo=062 ; conf=0.75
N تعاون عسكري ; cameo=062 ; ctx=military ; conf=0.75
N تعاون قضائي ; cameo=063 ; ctx=legal ; conf=0.75
N تعاون اقتصادي ; cameo=061 ; ctx=economic ; conf=0.6
# ---------------------------------------------------------------- AID (CAMEO 07)
@AID cameo=070 frame=a1=subj a2=obj|prep:ل theme=prep:ب conf=0.7
V ساعد يساعد مساعدة ; pl=مساعدات ; conf=0.55 ; note=مساعد is also "assistant, deputy"
N مساعدات ; conf=0.7 ; note=with قدم/أرسل/سلم (support verbs)
N مساعدات إنسانية ; cameo=073 ; ctx=human_security ; conf=0.9
N مساعدات عسكرية ; cameo=072 ; ctx=military ; conf=0.9
N مساعدات مالية ; cameo=071 ; ctx=economic ; conf=0.9
N معونة ; pl=معونات ; conf=0.75
V أغاث يغيث إغاثة ; cameo=073 ; ctx=human_security ; conf=0.7
N قافلة مساعدات ; cameo=073 ; ctx=human_security ; pl=قوافل مساعدات ; conf=0.9
N قافلة إغاثة ; cameo=073 ; ctx=human_security ; pl=قوافل إغاثة ; conf=0.9
V تبرع يتبرع تبرع ; frame=a1=subj theme=prep:ب a2=prep:ل ; pl=تبرعات ; conf=0.7
V منح يمنح منح ; frame=a1=subj a2=obj|prep:ل theme=obj2 ; conf=0.4 ; note=also "grant citizenship, award"
N منحة ; cameo=071 ; ctx=economic ; pl=منح ; conf=0.5
V مول يمول تمويل ; frame=a1=subj a2=obj ; nframe=a2=gen|prep:ل a1=prep:من|prep:من قبل|gen ; conf=0.6 ; note=financing an armed group is AID (often alleged)
V أقرض يقرض إقراض ; cameo=071 ; ctx=economic ; conf=0.8
N قرض ; cameo=071 ; ctx=economic ; pl=قروض ; conf=0.55
V سلح يسلح تسليح ; cameo=072 ; ctx=military ; frame=a1=subj a2=obj ; conf=0.75
V زود يزود تزويد ; frame=a1=subj a2=obj theme=prep:ب ; conf=0.5
P زود يزود تزويد + بالأسلحة|بأسلحة|بالسلاح|بالذخيرة|بصواريخ ; cameo=072 ; ctx=military ; frame=a1=subj a2=obj ; conf=0.9
N دعم مالي ; cameo=071 ; conf=0.8
N دعم عسكري ; cameo=072 ; ctx=military ; conf=0.8
N دعم لوجستي ; cameo=072 ; conf=0.8
P أرسل يرسل إرسال + مساعدات|معونات|قافلة|شحنة مساعدات|طائرة مساعدات ; frame=a1=subj a2=prep:إلى|prep:ل dest=prep:إلى ; conf=0.85
V وزع يوزع توزيع ; cameo=073 ; frame=a1=subj theme=obj a2=prep:على ; conf=0.3
V أنقذ ينقذ إنقاذ ; frame=a1=subj a2=obj ; conf=0.5 ; note=hostage rescues are AID (manual); also disaster rescue
P حرر يحرر تحرير + رهائن|الرهائن|رهينة|المختطف|المختطفين|المخطوفين ; frame=a1=subj a2=gen ; conf=0.85 ; note=hostage rescue (manual: AID)
P منح يمنح منح + حق اللجوء|اللجوء|لجوءا ; cameo=075 ; ctx=asylum ; frame=a1=subj a2=obj|prep:ل ; conf=0.9
V أجلى يجلي إجلاء ; cameo=073 ; frame=a1=subj a2=obj src=prep:من ; x=أجلت|أجلوا|يجلون ; conf=0.5
V تكفل يتكفل تكفل ; frame=a1=subj theme=prep:ب ; conf=0.4
V عوض يعوض تعويض ; ctx=reparations ; frame=a1=subj a2=obj theme=prep:عن ; pl=تعويضات ; conf=0.5
N هبة ; pl=هبات ; conf=0.6
P أعفى يعفي إعفاء + من الديون|ديون ; cameo=071 ; ctx=economic ; frame=a1=subj a2=obj ; x=أعفت ; conf=0.85
# ---------------------------------------------------------------- RETREAT (CAMEO 08, material)
@RETREAT cameo=084 frame=T conf=0.8
V انسحب ينسحب انسحاب ; mode=withdraw ; cameo=0874 ; ctx=military ; frame=a1=subj src=prep:من ; pl=انسحابات ; conf=0.7 ; note=from negotiations/agreements/organisations it is SANCTION withdraw; from a race it is not an event
P سحب يسحب سحب + قوات|قواته|قواتها|القوات|جنود|جنوده|جنودها|وحداته ; mode=withdraw ; cameo=0874 ; ctx=military ; frame=a1=subj src=prep:من ; conf=0.9
P أخلى يخلي إخلاء + مواقع|مواقعه|مواقعها|مقرات|مقراته|المنطقة ; mode=withdraw ; cameo=0874 ; ctx=military ; frame=a1=subj ; x=أخلت|أخلوا ; conf=0.7
P رفع يرفع رفع + الحصار|حصار|حصاره ; mode=withdraw ; cameo=0872 ; ctx=military ; frame=a1=subj a2=prep:عن ; conf=0.9
P فك يفك فك + الحصار|حصار ; mode=withdraw ; cameo=0872 ; ctx=military ; frame=a1=subj a2=prep:عن ; conf=0.85
V أفرج يفرج إفراج ; mode=release ; cameo=0841 ; ctx=legal ; frame=a1=subj a2=prep:عن ; conf=0.9
P أطلق يطلق إطلاق + سراح ; mode=release ; cameo=0841 ; ctx=legal ; frame=a1=subj a2=gen ; conf=0.95 ; note=the released person is the genitive of سراح
P أخلى يخلي إخلاء + سبيل ; mode=release ; cameo=0841 ; ctx=legal ; frame=a1=subj a2=gen ; x=أخلت|أخلوا ; conf=0.9 ; note=court release ("أخلى سبيل"), frequent in Tunisian/Egyptian news
P تبادل يتبادل تبادل + الأسرى|أسرى|المحتجزين|الرهائن|السجناء ; mode=release ; cameo=0841 ; frame=a1=subj a2=prep:مع a1,a2=between ; sym=1 ; conf=0.9
N صفقة تبادل ; mode=release ; cameo=0841 ; sym=1 ; conf=0.8
P أعاد يعيد إعادة + الممتلكات|ممتلكات|الأراضي المصادرة|الأموال المصادرة ; cameo=0842 ; ctx=legal ; frame=a1=subj a2=prep:إلى|prep:ل ; conf=0.6
P أعاد يعيد إعادة + اللاجئين|النازحين|المهجرين ; cameo=084 ; ctx=migration ; frame=a1=subj dest=prep:إلى ; conf=0.6 ; note=repatriation
P رفع يرفع رفع + العقوبات|عقوبات|العقوبات الاقتصادية|الحظر ; cameo=085 ; ctx=economic ; frame=a1=subj a2=prep:عن ; conf=0.9
P خفف يخفف تخفيف + العقوبات|عقوبات ; cameo=085 ; ctx=economic ; frame=a1=subj a2=prep:عن|prep:على ; conf=0.85
V سمح يسمح سماح ; mode=access ; cameo=086 ; frame=a1=subj a2=prep:ل theme=prep:ب ; conf=0.35 ; note=allowing observers/aid in; generic "allow" otherwise
P سمح يسمح سماح + بدخول|بإدخال|لمفتشي|للمراقبين ; mode=access ; cameo=086 ; frame=a1=subj a2=prep:ل ; conf=0.7
P فتح يفتح فتح + المعبر|معبر|المعابر|ممرا|ممرات|ممر آمن|ممرات إنسانية|الحدود ; mode=access ; cameo=0863 ; ctx=human_security ; frame=a1=subj ; conf=0.7
P أدخل يدخل إدخال + المساعدات|مساعدات|شاحنات ; mode=access ; cameo=0863 ; ctx=human_security ; frame=a1=subj dest=prep:إلى ; conf=0.6
N وقف إطلاق النار ; mode=ceasefire ; cameo=0871 ; ctx=military ; sym=1 ; conf=0.75 ; note=declared/future ceasefire is CONCEDE, agreed ceasefire AGREE: decide with modality
N هدنة ; mode=ceasefire ; cameo=0871 ; ctx=military ; pl=هدن ; sym=1 ; conf=0.6
N وقف الأعمال القتالية ; mode=ceasefire ; cameo=0871 ; ctx=military ; sym=1 ; conf=0.85
P خفض يخفض خفض + التصعيد ; mode=ceasefire ; cameo=087 ; ctx=military ; frame=a1=subj ; sym=1 ; conf=0.6
V استسلم يستسلم استسلام ; mode=disarm ; cameo=0874 ; ctx=military ; frame=a1=subj a2=prep:ل ; conf=0.85
P سلم يسلم تسليم + سلاحه|أسلحته|أسلحتهم|السلاح|الأسلحة|نفسه|أنفسهم|نفسها ; mode=disarm ; cameo=0873 ; frame=a1=subj a2=prep:إلى|prep:ل ; conf=0.8 ; note=surrender of a wanted person to police included (سلم نفسه)
P ألقى يلقي إلقاء + السلاح|سلاحه|أسلحتهم ; mode=disarm ; cameo=0874 ; frame=a1=subj ; x=ألقت|ألقوا|يلقون ; conf=0.9
P نزع ينزع نزع + سلاح|السلاح|أسلحة ; mode=disarm ; cameo=0873 ; frame=a1=subj a2=gen ; conf=0.85
V سرح يسرح تسريح ; mode=disarm ; cameo=0873 ; frame=a1=subj a2=obj ; conf=0.2 ; note=demobilise; mostly "lay off workers" in economic news
V استقال يستقيل استقالة ; mode=resign ; cameo=0831 ; ctx=executive ; frame=a1=subj src=prep:من ; pl=استقالات ; conf=0.9 ; note=CAMEO has no resignation code; 0831 is closest and maps to CONCEDE
V تنحى يتنحى تنح|التنحي ; mode=resign ; cameo=0831 ; ctx=executive ; frame=a1=subj src=prep:عن ; x=تنحت|تنحوا ; conf=0.8 ; note=CAMEO has no resignation code; 0831 is closest and maps to CONCEDE
