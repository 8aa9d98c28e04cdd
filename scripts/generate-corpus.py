#!/usr/bin/env python3
"""Generate a synthetic Pil content folder for benchmarks (build, search, PDF).

    python3 scripts/generate-corpus.py --leaflets 2000 --languages nl,en --seed 42 --out /tmp/corpus

The result builds without errors or warnings: a site.yaml with departments and one folder per leaflet,
grouped by department (<out>/<department>/<leaflet-id>/<lang>.md). The texts read like Dutch and English
patient leaflets (sections, lists, tables, call-outs, leaflet links and cards) but are generated from
templates: they are NOT medical advice. Arabic translations (language 'ar') are short and simple.

Output is deterministic: the same arguments give the same bytes. Python 3.11 standard library only.
"""

from __future__ import annotations

import argparse
import datetime
import json
import random
import re
import shutil
import sys
import unicodedata
from pathlib import Path

SUPPORTED_LANGUAGES = ("nl", "en", "ar")
MARKER = ".pil-corpus"  # written into every generated folder; --force only deletes folders that have it
GENERATOR_VERSION = 1

# --------------------------------------------------------------------------------------------------------------
# Vocabulary
# --------------------------------------------------------------------------------------------------------------


def lc(text: str) -> str:
    """Lowercases the first letter unless the first word is an abbreviation (CT-scan, ECG, MRI-scan)."""
    if len(text) > 1 and text[0].isupper() and text[1].islower():
        return text[0].lower() + text[1:]
    return text


def cap(text: str) -> str:
    """Uppercases the first letter, skipping Markdown emphasis."""
    i = 0
    while i < len(text) and text[i] in "*_[":
        i += 1
    if i < len(text):
        return text[:i] + text[i].upper() + text[i + 1:]
    return text


def en_article(phrase: str) -> str:
    first = re.split(r"[\s(-]", phrase, maxsplit=1)[0]
    if first.isupper() and len(first) > 1:  # read letter by letter: an MRI, an ECG, a CT
        return "an" if phrase[0] in "AEFHILMNORSX" else "a"
    return "an" if phrase[0].lower() in "aeio" else "a"


class Term:
    """A named exam, treatment or condition: its title and how it reads inside a sentence, per language."""

    def __init__(self, kind: str, nl: str, en: str, ar: str, nl_np: str | None = None, en_np: str | None = None):
        self.kind = kind
        self.title = {"nl": nl, "en": en, "ar": ar}
        if kind == "condition":
            nl_np = nl_np or lc(nl)
            en_np = en_np or lc(en)
        else:
            nl_np = nl_np or "een " + lc(nl)
            en_np = en_np or en_article(en) + " " + lc(en)
        self.np = {"nl": nl_np, "en": en_np, "ar": ar}


def E(nl, en, ar, nl_np=None, en_np=None):
    return Term("exam", nl, en, ar, nl_np, en_np)


def T(nl, en, ar, nl_np=None, en_np=None):
    return Term("treatment", nl, en, ar, nl_np, en_np)


def C(nl, en, ar, nl_np=None, en_np=None):
    return Term("condition", nl, en, ar, nl_np, en_np)


HOURS = [
    {"nl": "maandag t/m vrijdag 8.00–17.00 uur", "en": "Monday to Friday 8 am – 5 pm", "ar": "من الاثنين إلى الجمعة 8:00–17:00"},
    {"nl": "maandag t/m vrijdag 8.30–16.30 uur", "en": "Monday to Friday 8.30 am – 4.30 pm", "ar": "من الاثنين إلى الجمعة 8:30–16:30"},
    {"nl": "maandag t/m vrijdag 8.00–16.30 uur", "en": "Monday to Friday 8 am – 4.30 pm", "ar": "من الاثنين إلى الجمعة 8:00–16:30"},
    {"nl": "werkdagen van 9.00 tot 12.00 uur en van 13.30 tot 16.00 uur", "en": "on working days 9 am – 12 noon and 1.30 pm – 4 pm", "ar": "أيام العمل 9:00–12:00 و13:30–16:00"},
]

DEPARTMENTS = [
    dict(id="radiology", prefix="RAD", nl="Radiologie", en="Radiology", ar="الأشعة", mail="radiologie",
         doctor=("de radioloog", "the radiologist", "radioloog"),
         organs=[("de lever", "the liver", "الكبد"), ("de nieren", "the kidneys", "الكلى"), ("de longen", "the lungs", "الرئتين"),
                 ("de bloedvaten", "the blood vessels", "الأوعية الدموية"), ("de wervelkolom", "the spine", "العمود الفقري"),
                 ("de buikholte", "the abdomen", "البطن")],
         exams=[E("CT-scan", "CT scan", "التصوير المقطعي المحوسب"),
                E("MRI-scan", "MRI scan", "التصوير بالرنين المغناطيسي"),
                E("Echografie", "Ultrasound scan", "الفحص بالموجات فوق الصوتية"),
                E("Röntgenfoto", "X-ray", "صورة الأشعة السينية"),
                E("Angiografie", "Angiography", "تصوير الأوعية الدموية"),
                E("Mammografie", "Mammogram", "تصوير الثدي بالأشعة"),
                E("Echogeleide biopsie", "Ultrasound-guided biopsy", "خزعة موجهة بالموجات فوق الصوتية"),
                E("Botdichtheidsmeting", "Bone density scan", "قياس كثافة العظام")],
         treatments=[T("Radiofrequente ablatie (RFA)", "Radiofrequency ablation (RFA)", "الاستئصال بالترددات الراديوية", "radiofrequente ablatie", "radiofrequency ablation"),
                     T("Microgolfablatie", "Microwave ablation", "الاستئصال بالموجات الدقيقة", "microgolfablatie", "microwave ablation"),
                     T("Embolisatie", "Embolisation", "الانصمام العلاجي"),
                     T("Plaatsing van een drain", "Drain placement", "وضع أنبوب تصريف", "het plaatsen van een drain", "the placement of a drain"),
                     T("Dotterbehandeling van de beenslagader", "Balloon angioplasty of the leg artery", "توسيع شريان الساق بالبالون", "een dotterbehandeling", "a balloon angioplasty"),
                     T("Vertebroplastiek", "Vertebroplasty", "رأب الفقرات")],
         conditions=[C("Etalagebenen", "Peripheral arterial disease", "مرض الشرايين الطرفية"),
                     C("Ingezakte wervel", "Vertebral compression fracture", "كسر انضغاطي في الفقرة", "een ingezakte wervel", "a vertebral compression fracture"),
                     C("Niercyste", "Kidney cyst", "كيس في الكلية", "een niercyste", "a kidney cyst"),
                     C("Vaatmisvorming", "Vascular malformation", "تشوه الأوعية الدموية", "een vaatmisvorming", "a vascular malformation")]),
    dict(id="nuclear-medicine", prefix="NUC", nl="Nucleaire geneeskunde", en="Nuclear medicine", ar="الطب النووي", mail="nucleaire.geneeskunde",
         doctor=("de nucleair geneeskundige", "the nuclear medicine physician", "nucleair geneeskundige"),
         organs=[("de schildklier", "the thyroid", "الغدة الدرقية"), ("het skelet", "the skeleton", "الهيكل العظمي"), ("het hart", "the heart", "القلب"),
                 ("de nieren", "the kidneys", "الكلى"), ("de lymfeklieren", "the lymph nodes", "الغدد الليمفاوية")],
         exams=[E("PET-CT-scan", "PET-CT scan", "التصوير المقطعي بالإصدار البوزيتروني"),
                E("Botscan", "Bone scan", "مسح العظام"),
                E("Schildklierscan", "Thyroid scan", "مسح الغدة الدرقية"),
                E("Renografie", "Kidney scan (renogram)", "مسح الكلى", "een renografie", "a kidney scan"),
                E("Longscan", "Lung perfusion scan", "مسح التروية الرئوية"),
                E("Myocardperfusiescan", "Myocardial perfusion scan", "مسح تروية عضلة القلب"),
                E("Schildwachtklierprocedure", "Sentinel node procedure", "إجراء العقدة الليمفاوية الحارسة")],
         treatments=[T("Behandeling met radioactief jodium", "Radioactive iodine treatment", "العلاج باليود المشع", "een behandeling met radioactief jodium", "radioactive iodine treatment"),
                     T("Lutetiumbehandeling", "Lutetium treatment", "العلاج باللوتيشيوم", None, "lutetium treatment"),
                     T("Radium-223-behandeling", "Radium-223 treatment", "العلاج بالراديوم 223", "een radium-223-behandeling", "radium-223 treatment"),
                     T("Behandeling met radioactieve bolletjes (SIRT)", "Selective internal radiation therapy (SIRT)", "العلاج الإشعاعي الداخلي الانتقائي", "een behandeling met radioactieve bolletjes", "selective internal radiation therapy")],
         conditions=[C("Overactieve schildklier", "Overactive thyroid", "فرط نشاط الغدة الدرقية", "een overactieve schildklier", "an overactive thyroid"),
                     C("Schildkliernodule", "Thyroid nodule", "عقدة الغدة الدرقية", "een schildkliernodule", "a thyroid nodule"),
                     C("Neuro-endocriene tumor", "Neuroendocrine tumour", "ورم الغدد الصم العصبية", "een neuro-endocriene tumor", "a neuroendocrine tumour")]),
    dict(id="surgery", prefix="CHI", nl="Chirurgie", en="Surgery", ar="الجراحة", mail="chirurgie",
         doctor=("de chirurg", "the surgeon", "chirurg"),
         organs=[("de galblaas", "the gallbladder", "المرارة"), ("de darmen", "the bowel", "الأمعاء"), ("de buikwand", "the abdominal wall", "جدار البطن"),
                 ("de lever", "the liver", "الكبد"), ("de schildklier", "the thyroid", "الغدة الدرقية")],
         exams=[E("Kijkoperatie (laparoscopie)", "Diagnostic laparoscopy", "تنظير البطن التشخيصي", "een kijkoperatie"),
                E("Pre-operatieve screening", "Pre-operative assessment", "التقييم قبل العملية"),
                E("Wondcontrole op de polikliniek", "Wound check at the outpatient clinic", "فحص الجرح في العيادة", "een wondcontrole", "a wound check")],
         treatments=[T("Galblaasverwijdering", "Gallbladder removal", "استئصال المرارة"),
                     T("Liesbreukoperatie", "Inguinal hernia repair", "إصلاح الفتق الإربي"),
                     T("Blindedarmoperatie", "Appendix removal", "استئصال الزائدة الدودية"),
                     T("Leveroperatie", "Liver surgery", "جراحة الكبد", None, "liver surgery"),
                     T("Darmoperatie", "Bowel surgery", "جراحة الأمعاء", None, "bowel surgery"),
                     T("Aanleg van een stoma", "Stoma formation", "إنشاء فتحة فغر", "de aanleg van een stoma", "the formation of a stoma"),
                     T("Schildklieroperatie", "Thyroid surgery", "جراحة الغدة الدرقية", None, "thyroid surgery"),
                     T("Borstsparende operatie", "Breast-conserving surgery", "جراحة الحفاظ على الثدي", None, "breast-conserving surgery")],
         conditions=[C("Galstenen", "Gallstones", "حصى المرارة"),
                     C("Liesbreuk", "Inguinal hernia", "الفتق الإربي", "een liesbreuk", "an inguinal hernia"),
                     C("Blindedarmontsteking", "Appendicitis", "التهاب الزائدة الدودية", "een blindedarmontsteking"),
                     C("Navelbreuk", "Umbilical hernia", "فتق السرة", "een navelbreuk", "an umbilical hernia"),
                     C("Spataderen", "Varicose veins", "الدوالي"),
                     C("Divertikulitis", "Diverticulitis", "التهاب الرتج")]),
    dict(id="oncology", prefix="ONC", nl="Oncologie", en="Oncology", ar="مركز الأورام", mail="oncologie",
         doctor=("de oncoloog", "the oncologist", "internist-oncoloog"),
         organs=[("de borst", "the breast", "الثدي"), ("de dikke darm", "the large bowel", "القولون"), ("de longen", "the lungs", "الرئتين"),
                 ("de lymfeklieren", "the lymph nodes", "الغدد الليمفاوية"), ("het bloed", "the blood", "الدم")],
         exams=[E("Bloedonderzoek vóór de kuur", "Blood test before a treatment cycle", "فحص الدم قبل الجرعة", "een bloedonderzoek vóór de kuur", "a blood test before a treatment cycle"),
                E("Genetisch onderzoek van de tumor", "Genetic testing of the tumour", "الفحص الجيني للورم", "genetisch onderzoek van de tumor", "genetic testing of the tumour"),
                E("Beenmergpunctie", "Bone marrow biopsy", "خزعة نخاع العظم")],
         treatments=[T("Chemotherapie", "Chemotherapy", "العلاج الكيميائي", "chemotherapie", "chemotherapy"),
                     T("Immunotherapie", "Immunotherapy", "العلاج المناعي", "immunotherapie", "immunotherapy"),
                     T("Hormoontherapie", "Hormone therapy", "العلاج الهرموني", "hormoontherapie", "hormone therapy"),
                     T("Doelgerichte therapie", "Targeted therapy", "العلاج الموجه", "doelgerichte therapie", "targeted therapy"),
                     T("Plaatsing van een port-a-cath", "Port placement", "تركيب منفذ وريدي", "de plaatsing van een port-a-cath", "the placement of a port"),
                     T("Hoofdhuidkoeling", "Scalp cooling", "تبريد فروة الرأس", "hoofdhuidkoeling", "scalp cooling")],
         conditions=[C("Borstkanker", "Breast cancer", "سرطان الثدي"), C("Darmkanker", "Bowel cancer", "سرطان القولون"),
                     C("Longkanker", "Lung cancer", "سرطان الرئة"), C("Lymfeklierkanker", "Lymphoma", "سرطان الغدد الليمفاوية"),
                     C("Uitzaaiingen in de lever", "Liver metastases", "النقائل الكبدية"),
                     C("Alvleesklierkanker", "Pancreatic cancer", "سرطان البنكرياس"),
                     C("Huidkanker (melanoom)", "Skin cancer (melanoma)", "سرطان الجلد", "huidkanker", "skin cancer")]),
    dict(id="gastroenterology", prefix="MDL", nl="Maag-, Darm- en Leverziekten", en="Gastroenterology", ar="أمراض الجهاز الهضمي والكبد", mail="mdl",
         doctor=("de MDL-arts", "the gastroenterologist", "MDL-arts"),
         organs=[("de maag", "the stomach", "المعدة"), ("de slokdarm", "the oesophagus", "المريء"), ("de dikke darm", "the large bowel", "القولون"),
                 ("de lever", "the liver", "الكبد"), ("de alvleesklier", "the pancreas", "البنكرياس"), ("de galwegen", "the bile ducts", "القنوات الصفراوية")],
         exams=[E("Gastroscopie", "Gastroscopy", "تنظير المعدة"), E("Coloscopie", "Colonoscopy", "تنظير القولون"),
                E("ERCP", "ERCP", "تصوير البنكرياس والقنوات الصفراوية بالمنظار"), E("Leverbiopsie", "Liver biopsy", "خزعة الكبد"),
                E("Fibroscan", "Fibroscan", "فحص تليف الكبد"), E("Ademtest", "Breath test", "اختبار النفس"),
                E("Capsule-endoscopie", "Capsule endoscopy", "التنظير بالكبسولة"),
                E("Slokdarmmanometrie", "Oesophageal manometry", "قياس ضغط المريء")],
         treatments=[T("Poliepverwijdering", "Polyp removal", "استئصال السليلة"),
                     T("Oprekken van de slokdarm", "Oesophageal dilatation", "توسيع المريء", "het oprekken van de slokdarm"),
                     T("Stent in de galweg", "Bile duct stent", "دعامة القناة الصفراوية", "een stent in de galweg"),
                     T("PEG-sonde", "PEG feeding tube", "أنبوب التغذية عبر الجلد"),
                     T("Behandeling met biologicals", "Treatment with biologics", "العلاج بالأدوية البيولوجية", "een behandeling met biologicals", "treatment with biologics"),
                     T("Ascitespunctie", "Ascites drainage", "بزل الاستسقاء", None, "ascites drainage")],
         conditions=[C("Ziekte van Crohn", "Crohn's disease", "داء كرون", "de ziekte van Crohn", "Crohn's disease"),
                     C("Colitis ulcerosa", "Ulcerative colitis", "التهاب القولون التقرحي"),
                     C("Prikkelbaredarmsyndroom (PDS)", "Irritable bowel syndrome (IBS)", "متلازمة القولون العصبي", "het prikkelbaredarmsyndroom", "irritable bowel syndrome"),
                     C("Levercirrose", "Liver cirrhosis", "تليف الكبد"), C("Coeliakie", "Coeliac disease", "الداء البطني"),
                     C("Reflux", "Acid reflux", "ارتجاع المريء"),
                     C("Maagzweer", "Stomach ulcer", "قرحة المعدة", "een maagzweer", "a stomach ulcer"),
                     C("Leververvetting", "Fatty liver disease", "الكبد الدهني")]),
    dict(id="radiotherapy", prefix="RTH", nl="Radiotherapie", en="Radiotherapy", ar="العلاج الإشعاعي", mail="radiotherapie",
         doctor=("de radiotherapeut-oncoloog", "the radiation oncologist", "radiotherapeut-oncoloog"),
         organs=[("de huid", "the skin", "الجلد"), ("de prostaat", "the prostate", "البروستاتا"), ("de borst", "the breast", "الثدي"),
                 ("het hoofd-halsgebied", "the head and neck area", "منطقة الرأس والرقبة"), ("de longen", "the lungs", "الرئتين")],
         exams=[E("Planning-CT", "Planning CT scan", "التصوير المقطعي للتخطيط"),
                E("Maken van een masker", "Making a radiotherapy mask", "صنع قناع العلاج الإشعاعي", "het maken van een masker", "the making of a radiotherapy mask"),
                E("Intakegesprek radiotherapie", "Radiotherapy intake appointment", "موعد الاستقبال للعلاج الإشعاعي", "een intakegesprek")],
         treatments=[T("Radiotherapie", "Radiotherapy", "العلاج الإشعاعي", "radiotherapie", "radiotherapy"),
                     T("Stereotactische radiotherapie", "Stereotactic radiotherapy", "العلاج الإشعاعي التجسيمي", "stereotactische radiotherapie", "stereotactic radiotherapy"),
                     T("Brachytherapie", "Brachytherapy", "العلاج الإشعاعي الداخلي", "brachytherapie", "brachytherapy"),
                     T("Bestraling van de borst", "Breast radiotherapy", "العلاج الإشعاعي للثدي", "bestraling van de borst", "breast radiotherapy"),
                     T("Bestraling van de prostaat", "Prostate radiotherapy", "العلاج الإشعاعي للبروستاتا", "bestraling van de prostaat", "prostate radiotherapy"),
                     T("Bestraling van het hoofd-halsgebied", "Head and neck radiotherapy", "العلاج الإشعاعي للرأس والرقبة", "bestraling van het hoofd-halsgebied", "head and neck radiotherapy")],
         conditions=[C("Huidreactie door bestraling", "Skin reaction to radiotherapy", "تفاعل الجلد مع الإشعاع", "een huidreactie door bestraling", "a skin reaction to radiotherapy"),
                     C("Vermoeidheid door bestraling", "Fatigue from radiotherapy", "التعب بسبب الإشعاع"),
                     C("Hersentumor", "Brain tumour", "ورم الدماغ", "een hersentumor", "a brain tumour")]),
    dict(id="cardiology", prefix="CAR", nl="Cardiologie", en="Cardiology", ar="أمراض القلب", mail="cardiologie",
         doctor=("de cardioloog", "the cardiologist", "cardioloog"),
         organs=[("het hart", "the heart", "القلب"), ("de kransslagaders", "the coronary arteries", "الشرايين التاجية"),
                 ("de hartkleppen", "the heart valves", "صمامات القلب"), ("de bloedvaten", "the blood vessels", "الأوعية الدموية")],
         exams=[E("ECG (hartfilmpje)", "ECG (heart tracing)", "تخطيط القلب الكهربائي", "een ECG", "an ECG"),
                E("Holteronderzoek", "Holter monitoring", "مراقبة هولتر", None, "Holter monitoring"),
                E("Fietstest", "Exercise test", "اختبار الجهد"), E("Echocardiografie", "Echocardiogram", "تخطيط صدى القلب"),
                E("Hartkatheterisatie", "Cardiac catheterisation", "قسطرة القلب"),
                E("CT-scan van de kransslagaders", "CT coronary angiography", "تصوير الشرايين التاجية المقطعي")],
         treatments=[T("Dotterbehandeling (PCI)", "Coronary angioplasty (PCI)", "رأب الشريان التاجي", "een dotterbehandeling", "a coronary angioplasty"),
                     T("Pacemakerimplantatie", "Pacemaker implantation", "زرع جهاز تنظيم ضربات القلب"),
                     T("Elektrische cardioversie", "Electrical cardioversion", "تقويم نظم القلب الكهربائي"),
                     T("Ablatie bij hartritmestoornissen", "Catheter ablation for heart rhythm problems", "الاستئصال بالقسطرة لاضطرابات نظم القلب", "een ablatie", "a catheter ablation"),
                     T("Hartrevalidatie", "Cardiac rehabilitation", "إعادة التأهيل القلبي", "hartrevalidatie", "cardiac rehabilitation"),
                     T("ICD-implantatie", "ICD implantation", "زرع مزيل الرجفان القلبي")],
         conditions=[C("Boezemfibrilleren", "Atrial fibrillation", "الرجفان الأذيني"), C("Hartfalen", "Heart failure", "قصور القلب"),
                     C("Hoge bloeddruk", "High blood pressure", "ارتفاع ضغط الدم"), C("Angina pectoris", "Angina", "الذبحة الصدرية"),
                     C("Hartinfarct", "Heart attack", "النوبة القلبية", "een hartinfarct", "a heart attack"),
                     C("Hartklepaandoening", "Heart valve disease", "مرض صمامات القلب", "een hartklepaandoening")]),
    dict(id="pulmonology", prefix="LON", nl="Longziekten", en="Respiratory medicine", ar="أمراض الرئة", mail="longziekten",
         doctor=("de longarts", "the respiratory physician", "longarts"),
         organs=[("de longen", "the lungs", "الرئتين"), ("de luchtwegen", "the airways", "المسالك الهوائية"),
                 ("het longvlies", "the pleura", "غشاء الجنب"), ("het middenrif", "the diaphragm", "الحجاب الحاجز")],
         exams=[E("Longfunctieonderzoek", "Lung function test", "اختبار وظائف الرئة"), E("Bronchoscopie", "Bronchoscopy", "تنظير القصبات"),
                E("Zesminutenwandeltest", "Six-minute walk test", "اختبار المشي لست دقائق"),
                E("Allergietest (priktest)", "Allergy skin prick test", "اختبار الحساسية بالوخز", "een allergietest"),
                E("Slaaponderzoek", "Sleep study", "دراسة النوم"), E("Bloedgasanalyse", "Blood gas test", "تحليل غازات الدم")],
         treatments=[T("Inhalatiemedicatie", "Inhaler treatment", "العلاج بالبخاخات", "inhalatiemedicatie", "inhaler treatment"),
                     T("Zuurstof thuis", "Home oxygen therapy", "العلاج بالأكسجين في المنزل", "zuurstoftherapie thuis", "home oxygen therapy"),
                     T("Longrevalidatie", "Pulmonary rehabilitation", "إعادة التأهيل الرئوي", "longrevalidatie", "pulmonary rehabilitation"),
                     T("CPAP-behandeling", "CPAP treatment", "العلاج بجهاز ضغط الهواء الإيجابي", None, "CPAP treatment"),
                     T("Pleurapunctie", "Pleural tap", "بزل الجنب")],
         conditions=[C("Astma", "Asthma", "الربو"), C("COPD", "COPD", "مرض الانسداد الرئوي المزمن"),
                     C("Longontsteking", "Pneumonia", "الالتهاب الرئوي", "een longontsteking"),
                     C("Slaapapneu", "Sleep apnoea", "انقطاع النفس أثناء النوم"),
                     C("Longembolie", "Pulmonary embolism", "الانصمام الرئوي", "een longembolie", "a pulmonary embolism"),
                     C("Sarcoïdose", "Sarcoidosis", "الساركويد")]),
    dict(id="urology", prefix="URO", nl="Urologie", en="Urology", ar="المسالك البولية", mail="urologie",
         doctor=("de uroloog", "the urologist", "uroloog"),
         organs=[("de blaas", "the bladder", "المثانة"), ("de prostaat", "the prostate", "البروستاتا"), ("de nieren", "the kidneys", "الكلى"),
                 ("de urinewegen", "the urinary tract", "المسالك البولية")],
         exams=[E("Cystoscopie", "Cystoscopy", "تنظير المثانة"), E("Plasflowmeting", "Urine flow test", "قياس تدفق البول", None, "a urine flow test"),
                E("Prostaatbiopsie", "Prostate biopsy", "خزعة البروستاتا"),
                E("Urodynamisch onderzoek", "Urodynamic test", "فحص ديناميكا البول", None, "a urodynamic test"),
                E("PSA-bepaling", "PSA blood test", "فحص مستضد البروستاتا النوعي")],
         treatments=[T("TURP (prostaatoperatie)", "TURP (prostate surgery)", "استئصال البروستاتا عبر الإحليل", "een TURP", "a TURP"),
                     T("Niersteenvergruizing", "Kidney stone lithotripsy", "تفتيت حصى الكلى", "niersteenvergruizing", "kidney stone lithotripsy"),
                     T("Blaasspoelingen", "Bladder instillations", "غسيل المثانة", "blaasspoelingen", "bladder instillations"),
                     T("Vasectomie", "Vasectomy", "قطع القناة الدافقة"),
                     T("Verblijfskatheter", "Indwelling urinary catheter", "القسطرة البولية الدائمة")],
         conditions=[C("Nierstenen", "Kidney stones", "حصى الكلى"),
                     C("Vergrote prostaat", "Enlarged prostate", "تضخم البروستاتا", "een vergrote prostaat", "an enlarged prostate"),
                     C("Blaasontsteking", "Bladder infection", "التهاب المثانة", "een blaasontsteking", "a bladder infection"),
                     C("Urine-incontinentie", "Urinary incontinence", "سلس البول"), C("Prostaatkanker", "Prostate cancer", "سرطان البروستاتا")]),
    dict(id="gynaecology", prefix="GYN", nl="Gynaecologie", en="Gynaecology", ar="أمراض النساء", mail="gynaecologie",
         doctor=("de gynaecoloog", "the gynaecologist", "gynaecoloog"),
         organs=[("de baarmoeder", "the womb", "الرحم"), ("de eierstokken", "the ovaries", "المبيضين"),
                 ("de baarmoederhals", "the cervix", "عنق الرحم"), ("de bekkenbodem", "the pelvic floor", "قاع الحوض")],
         exams=[E("Uitstrijkje", "Cervical smear test", "مسحة عنق الرحم"), E("Colposcopie", "Colposcopy", "تنظير المهبل"),
                E("Hysteroscopie", "Hysteroscopy", "تنظير الرحم"), E("Inwendige echo", "Transvaginal ultrasound", "الموجات فوق الصوتية المهبلية"),
                E("Suikertest in de zwangerschap", "Glucose tolerance test in pregnancy", "اختبار تحمل الجلوكوز أثناء الحمل", "een suikertest", "a glucose tolerance test")],
         treatments=[T("Baarmoederverwijdering", "Hysterectomy", "استئصال الرحم"), T("Curettage", "Curettage", "الكحت"),
                     T("Sterilisatie", "Sterilisation", "التعقيم"), T("Lisexcisie", "LLETZ procedure", "استئصال عنق الرحم بالحلقة", None, "a LLETZ procedure"),
                     T("Plaatsen van een spiraal", "IUD insertion", "تركيب اللولب", "het plaatsen van een spiraal", "an IUD insertion"),
                     T("Bekkenbodemoperatie", "Pelvic floor surgery", "جراحة قاع الحوض", None, "pelvic floor surgery")],
         conditions=[C("Endometriose", "Endometriosis", "الانتباذ البطاني الرحمي"), C("Vleesbomen", "Fibroids", "الأورام الليفية الرحمية"),
                     C("Verzakking", "Pelvic organ prolapse", "هبوط أعضاء الحوض", "een verzakking", "a pelvic organ prolapse"),
                     C("Zwangerschapsdiabetes", "Gestational diabetes", "سكري الحمل"),
                     C("Overgangsklachten", "Menopause symptoms", "أعراض سن اليأس")]),
    dict(id="neurology", prefix="NEU", nl="Neurologie", en="Neurology", ar="طب الأعصاب", mail="neurologie",
         doctor=("de neuroloog", "the neurologist", "neuroloog"),
         organs=[("de hersenen", "the brain", "الدماغ"), ("het ruggenmerg", "the spinal cord", "الحبل الشوكي"),
                 ("de zenuwen", "the nerves", "الأعصاب"), ("de spieren", "the muscles", "العضلات")],
         exams=[E("EEG (hersenfilmpje)", "EEG (brain wave test)", "تخطيط الدماغ الكهربائي", "een EEG", "an EEG"),
                E("EMG (zenuwonderzoek)", "EMG (nerve and muscle test)", "تخطيط العضلات الكهربائي", "een EMG", "an EMG"),
                E("Lumbaalpunctie", "Lumbar puncture", "البزل القطني"),
                E("MRI-scan van de hersenen", "MRI scan of the brain", "التصوير بالرنين المغناطيسي للدماغ"),
                E("Neuropsychologisch onderzoek", "Neuropsychological assessment", "التقييم النفسي العصبي", "een neuropsychologisch onderzoek")],
         treatments=[T("Trombolyse", "Thrombolysis", "إذابة الجلطة", "trombolyse", "thrombolysis"),
                     T("Botulinetoxine-injecties", "Botulinum toxin injections", "حقن توكسين البوتولينوم", "botulinetoxine-injecties", "botulinum toxin injections"),
                     T("Diepe hersenstimulatie", "Deep brain stimulation", "التحفيز العميق للدماغ", "diepe hersenstimulatie", "deep brain stimulation"),
                     T("Epidurale injectie", "Epidural injection", "حقنة فوق الجافية")],
         conditions=[C("Beroerte", "Stroke", "السكتة الدماغية", "een beroerte", "a stroke"), C("Epilepsie", "Epilepsy", "الصرع"),
                     C("Migraine", "Migraine", "الصداع النصفي"),
                     C("Ziekte van Parkinson", "Parkinson's disease", "مرض باركنسون", "de ziekte van Parkinson", "Parkinson's disease"),
                     C("Multiple sclerose (MS)", "Multiple sclerosis (MS)", "التصلب المتعدد", "MS", "MS"),
                     C("Hernia in de onderrug", "Slipped disc in the lower back", "الانزلاق الغضروفي القطني", "een hernia", "a slipped disc"),
                     C("Polyneuropathie", "Polyneuropathy", "اعتلال الأعصاب المتعدد")]),
    dict(id="orthopaedics", prefix="ORT", nl="Orthopedie", en="Orthopaedics", ar="جراحة العظام", mail="orthopedie",
         doctor=("de orthopedisch chirurg", "the orthopaedic surgeon", "orthopedisch chirurg"),
         organs=[("de heup", "the hip", "الورك"), ("de knie", "the knee", "الركبة"), ("de schouder", "the shoulder", "الكتف"),
                 ("de pols", "the wrist", "الرسغ"), ("de voet", "the foot", "القدم"), ("de gewrichten", "the joints", "المفاصل")],
         exams=[E("Gewrichtspunctie", "Joint aspiration", "بزل المفصل"),
                E("Röntgenfoto van de heup", "X-ray of the hip", "صورة الأشعة السينية للورك"),
                E("Loopanalyse", "Gait analysis", "تحليل المشي")],
         treatments=[T("Heupprothese", "Hip replacement", "استبدال مفصل الورك"), T("Knieprothese", "Knee replacement", "استبدال مفصل الركبة"),
                     T("Kijkoperatie van de knie", "Knee arthroscopy", "تنظير الركبة"),
                     T("Carpaletunneloperatie", "Carpal tunnel release", "جراحة متلازمة النفق الرسغي"),
                     T("Schouderoperatie", "Shoulder surgery", "جراحة الكتف", None, "shoulder surgery"),
                     T("Gipsbehandeling", "Plaster cast treatment", "العلاج بالجبس", None, "plaster cast treatment"),
                     T("Injectie in het gewricht", "Joint injection", "حقنة المفصل")],
         conditions=[C("Artrose", "Osteoarthritis", "التهاب المفاصل التنكسي"),
                     C("Meniscusscheur", "Torn meniscus", "تمزق الغضروف الهلالي", "een meniscusscheur", "a torn meniscus"),
                     C("Gebroken pols", "Broken wrist", "كسر الرسغ", "een gebroken pols", "a broken wrist"),
                     C("Carpaletunnelsyndroom", "Carpal tunnel syndrome", "متلازمة النفق الرسغي", "het carpaletunnelsyndroom"),
                     C("Frozen shoulder", "Frozen shoulder", "الكتف المتجمد", "een frozen shoulder", "a frozen shoulder"),
                     C("Hielspoor", "Heel spur", "مهماز العقب", "een hielspoor", "a heel spur")]),
]

# Title variants: (nl suffix, en suffix, ar suffix)
EXAM_QUALIFIERS = [("", "", ""), (" bij kinderen", " for children", " عند الأطفال"), (" bij ouderen", " for older people", " عند كبار السن"),
                   (" in dagbehandeling", " in day care", " في الرعاية النهارية"), (" vóór een operatie", " before surgery", " قبل العملية الجراحية"),
                   (" als controle na behandeling", " as a check-up after treatment", " كمتابعة بعد العلاج")]
TREATMENT_QUALIFIERS = [("", "", ""), (" bij kinderen", " for children", " عند الأطفال"), (" bij ouderen", " for older people", " عند كبار السن"),
                        (" in dagbehandeling", " in day care", " في الرعاية النهارية"),
                        (" tijdens een opname", " during a hospital stay", " أثناء الإقامة في المستشفى"),
                        (" bij terugkerende klachten", " for recurring symptoms", " عند تكرار الأعراض")]
CONDITION_QUALIFIERS = [("", "", ""), (" bij kinderen", " in children", " عند الأطفال"), (" bij ouderen", " in older people", " عند كبار السن"),
                        (" tijdens de zwangerschap", " during pregnancy", " أثناء الحمل"), (" op jonge leeftijd", " at a young age", " في سن مبكرة")]
AFTERCARE_TITLES = [("Herstel na {t}", "Recovery after {t}", "التعافي بعد {t}"),
                    ("Naar huis na {t}", "Going home after {t}", "العودة إلى المنزل بعد {t}"),
                    ("Wondzorg na {t}", "Wound care after {t}", "العناية بالجرح بعد {t}"),
                    ("Leefregels na {t}", "Lifestyle advice after {t}", "نصائح الحياة اليومية بعد {t}"),
                    ("Controles na {t}", "Check-ups after {t}", "المتابعة بعد {t}")]
GENERAL_CONDITION_TITLES = [("Leven met {c}", "Living with {c}", "العيش مع {c}"),
                            ("Voeding bij {c}", "Eating well with {c}", "التغذية الصحية مع {c}"),
                            ("Werken met {c}", "Working with {c}", "العمل مع {c}"),
                            ("Bewegen met {c}", "Staying active with {c}", "النشاط البدني مع {c}"),
                            ("Erfelijkheid en {c}", "Heredity and {c}", "الوراثة و{c}"),
                            ("Vermoeidheid bij {c}", "Fatigue with {c}", "التعب مع {c}")]
GENERAL_TREATMENT_TITLES = [("Pijnbestrijding na {t}", "Pain relief after {t}", "تسكين الألم بعد {t}")]
GENERAL_DEPARTMENT_TITLES = [("Uw opname op de afdeling {d}", "Your stay on the {d} ward", "إقامتك في قسم {d}"),
                             ("Uw eerste bezoek aan de polikliniek {d}", "Your first visit to the {d} outpatient clinic", "زيارتك الأولى لعيادة {d}")]
PART = {"nl": " – deel {n}", "en": " – part {n}", "ar": " – الجزء {n}"}

TYPE_WEIGHTS = [("condition", 18), ("exam", 24), ("treatment", 24), ("aftercare", 17), ("general", 17)]

SYMPTOMS = [("pijn in uw buik", "pain in your belly"), ("koorts", "a fever"), ("misselijkheid", "nausea"),
            ("vermoeidheid", "tiredness"), ("kortademigheid", "shortness of breath"), ("hoofdpijn", "headaches"),
            ("duizeligheid", "dizziness"), ("jeuk", "itching"), ("een zwelling", "a swelling"), ("bloed in uw urine", "blood in your urine"),
            ("hoesten", "a cough"), ("gewichtsverlies", "weight loss"), ("minder eetlust", "a poor appetite"), ("diarree", "diarrhoea"),
            ("verstopping", "constipation"), ("tintelingen in uw handen of voeten", "tingling in your hands or feet"),
            ("hartkloppingen", "palpitations"), ("pijn op de borst", "chest pain"), ("rugpijn", "back pain"), ("stijve gewrichten", "stiff joints"),
            ("wazig zien", "blurred vision"), ("een gele kleur van uw huid of ogen", "yellowing of your skin or eyes"),
            ("slecht slapen", "poor sleep"), ("krachtverlies in een arm of been", "weakness in an arm or leg")]
MEDICINES = [("bloedverdunners", "blood thinners"), ("metformine", "metformin"), ("insuline", "insulin"), ("ijzertabletten", "iron tablets"),
             ("plaspillen", "water tablets"), ("prednison", "prednisone"), ("ontstekingsremmers zoals ibuprofen", "anti-inflammatory drugs such as ibuprofen"),
             ("acenocoumarol", "acenocoumarol"), ("clopidogrel", "clopidogrel"), ("maagbeschermers", "stomach protectors"),
             ("de anticonceptiepil", "the contraceptive pill"), ("bloeddrukverlagers", "blood pressure medicines")]
STAFF = [("de verpleegkundige", "the nurse"), ("de doktersassistent", "the medical assistant"),
         ("de verpleegkundig specialist", "the nurse specialist"), ("de zorgcoördinator", "the care coordinator")]

SURNAMES = ["de Vries", "van den Berg", "Jansen", "Bakker", "Visser", "Smit", "Meijer", "de Boer", "Mulder", "de Groot", "Bos", "Vos",
            "Peters", "Hendriks", "van Leeuwen", "Dekker", "Brouwer", "de Wit", "Dijkstra", "Smits", "de Graaf", "van der Meer",
            "van der Linden", "Kok", "Jacobs", "de Haan", "Vermeulen", "van den Heuvel", "van der Veen", "van den Broek", "de Bruijn",
            "de Jong", "Yılmaz", "El Amrani", "Öztürk", "Bouzid", "Çelik", "Nguyễn", "Kowalski", "Schäfer"]
INITIALS = "ABCDEFGHIJKLMNPRSTW"

# --------------------------------------------------------------------------------------------------------------
# Sentence templates (nl, en). Slots: {subj} {act} {organ} {cond} {exam} {treat} {dept} {phone} {email} {hours}
# {main_phone} {symptom} {symptom2} {medicine} {staff} {h} {d} {w} {min} {n}
# --------------------------------------------------------------------------------------------------------------

P = {}

P["intro_exam"] = [
    ("U krijgt binnenkort {subj}.", "You will soon have {subj}."),
    ("In deze folder leest u hoe u zich voorbereidt en wat u kunt verwachten.", "In this leaflet you can read how to prepare and what to expect."),
    ("Met dit onderzoek kijkt de arts naar {organ}.", "With this test the doctor looks at {organ}."),
    ("Het onderzoek vindt plaats op de afdeling {dept}.", "The test takes place at the {dept} department."),
    ("Het onderzoek duurt meestal ongeveer {min} minuten.", "The test usually takes about {min} minutes."),
    ("Sommige patiënten vinden het spannend om een onderzoek te krijgen. Dat is heel normaal.", "Some patients feel nervous about having a test. That is completely normal."),
    ("De uitkomst helpt uw arts om samen met u de beste behandeling te kiezen.", "The result helps your doctor choose the best treatment together with you."),
    ("Het onderzoek is niet pijnlijk, maar het kan wel wat ongemakkelijk zijn.", "The test is not painful, but it can be a little uncomfortable."),
]
P["intro_treatment"] = [
    ("U krijgt binnenkort {subj}.", "You will soon have {subj}."),
    ("In deze folder leest u waarom u deze behandeling krijgt en hoe die verloopt.", "In this leaflet you can read why you are having this treatment and how it goes."),
    ("De behandeling vindt plaats op de afdeling {dept}.", "The treatment takes place at the {dept} department."),
    ("Samen met u zorgen we ervoor dat de behandeling zo goed mogelijk verloopt.", "Together with you, we make sure the treatment goes as well as possible."),
    ("De behandeling is bedoeld voor mensen met klachten van {organ}.", "The treatment is meant for people with problems affecting {organ}."),
    ("Uw behandelend arts heeft de behandeling al met u besproken.", "Your specialist has already discussed the treatment with you."),
]
P["intro_condition"] = [
    ("Deze folder gaat over {subj}.", "This leaflet is about {subj}."),
    ("U leest hier hoe de aandoening ontstaat en welke behandelingen er zijn.", "Here you can read how the condition develops and which treatments there are."),
    ("Misschien hebt u de diagnose net gehoord. Dan komt er veel op u af.", "Perhaps you have only just heard the diagnosis. That can be a lot to take in."),
    ("De informatie is algemeen. Uw eigen situatie kan anders zijn.", "This information is general. Your own situation may be different."),
    ("Bespreek uw vragen gerust met uw arts of verpleegkundige.", "Feel free to discuss your questions with your doctor or nurse."),
    ("De aandoening heeft vaak gevolgen voor {organ}.", "The condition often affects {organ}."),
]
P["intro_aftercare"] = [
    ("U bent behandeld en gaat weer naar huis.", "You have been treated and are going home again."),
    ("Uw lichaam heeft tijd nodig om te herstellen.", "Your body needs time to recover."),
    ("In deze folder leest u wat u kunt verwachten en waar u op moet letten.", "In this leaflet you can read what to expect and what to look out for."),
    ("Iedereen herstelt anders. Luister vooral naar uw eigen lichaam.", "Everyone recovers differently. Above all, listen to your own body."),
    ("De adviezen gelden na {treat}.", "This advice applies after {treat}."),
    ("Volg altijd het advies van uw eigen arts als dat anders is dan wat hier staat.", "Always follow your own doctor's advice if it is different from what is written here."),
]
P["intro_general"] = [
    ("Deze folder geeft informatie over {subj}.", "This leaflet gives information about {subj}."),
    ("U vindt hier praktische tips en adviezen.", "Here you will find practical tips and advice."),
    ("Hebt u na het lezen nog vragen? Stel ze gerust.", "Do you still have questions after reading this? Feel free to ask."),
    ("De afdeling {dept} helpt u graag verder.", "The {dept} department is happy to help you."),
    ("Veel patiënten hebben vragen over het dagelijks leven. Hier vindt u antwoorden op de meest gestelde vragen.", "Many patients have questions about daily life. Here you will find answers to the most common ones."),
]
P["why_exam"] = [
    ("Uw arts wil weten wat de oorzaak is van uw klachten, zoals {symptom}.", "Your doctor wants to find the cause of your symptoms, such as {symptom}."),
    ("Het onderzoek geeft een duidelijk beeld van {organ}.", "The test gives a clear picture of {organ}."),
    ("Soms is het onderzoek nodig om {cond} aan te tonen of uit te sluiten.", "Sometimes the test is needed to confirm or rule out {cond}."),
    ("Ook kan de arts zien of een eerdere behandeling goed heeft gewerkt.", "The doctor can also see whether an earlier treatment has worked well."),
    ("Het onderzoek wordt ook gebruikt als controle na een behandeling.", "The test is also used as a check-up after treatment."),
    ("Afwijkingen in {organ} zijn zo vaak al in een vroeg stadium te zien.", "This way, changes in {organ} can often be seen at an early stage."),
    ("Uw arts bespreekt met u waarom dit onderzoek in uw situatie zinvol is.", "Your doctor will discuss with you why this test is useful in your situation."),
    ("Hebt u last van {symptom} en {symptom2}? Dan kan dit onderzoek helpen om de oorzaak te vinden.", "Do you have {symptom} and {symptom2}? Then this test can help find the cause."),
    ("Er zijn ook andere onderzoeken mogelijk, bijvoorbeeld {exam}.", "Other tests are also possible, for example {exam}."),
    ("De uitkomst bepaalt mede welke behandeling het beste bij u past.", "The result helps decide which treatment suits you best."),
]
P["why_treatment"] = [
    ("De behandeling is bedoeld om uw klachten te verminderen.", "The treatment is meant to reduce your symptoms."),
    ("Uw arts stelt deze behandeling voor omdat u last hebt van {cond}.", "Your doctor suggests this treatment because you have {cond}."),
    ("Het doel is om {organ} weer zo goed mogelijk te laten werken.", "The aim is to help {organ} work as well as possible again."),
    ("Soms is een behandeling met medicijnen niet genoeg. Dan kan deze behandeling helpen.", "Sometimes treatment with medicines is not enough. Then this treatment can help."),
    ("Samen met uw arts weegt u de voordelen en de nadelen tegen elkaar af.", "Together with your doctor, you weigh up the benefits and the drawbacks."),
    ("Een team van specialisten heeft uw situatie besproken. Zij adviseren deze behandeling.", "A team of specialists has discussed your situation. They recommend this treatment."),
    ("U beslist zelf of u de behandeling wilt. Neem daar de tijd voor.", "You decide for yourself whether you want the treatment. Take your time."),
    ("Er zijn ook andere behandelingen, bijvoorbeeld {treat}.", "There are other treatments as well, for example {treat}."),
    ("Zonder behandeling kunnen klachten zoals {symptom} erger worden.", "Without treatment, symptoms such as {symptom} can get worse."),
    ("Bij de meeste patiënten geeft de behandeling een duidelijke verbetering.", "Most patients notice a clear improvement after the treatment."),
]
P["prep"] = [
    ("Een goede voorbereiding is belangrijk. Anders kan {act} misschien niet doorgaan.", "Good preparation is important. Otherwise {act} may not be able to go ahead."),
    ("Gebruikt u {medicine}? Overleg dan vóór {act} met uw arts of u hiermee moet stoppen.", "Do you take {medicine}? Then talk to your doctor before {act} about whether you need to stop."),
    ("Eet de laatste {h} uur vóór {act} niets meer.", "Do not eat anything in the last {h} hours before {act}."),
    ("Water, thee zonder melk en heldere appelsap mag u tot {h} uur vóór {act} drinken.", "You may drink water, tea without milk and clear apple juice until {h} hours before {act}."),
    ("Neem een lijst van uw medicijnen mee. Die kunt u bij uw apotheek opvragen.", "Bring a list of your medicines. You can ask your pharmacy for one."),
    ("Draag makkelijke kleding zonder metalen onderdelen, zoals ritsen of knopen.", "Wear comfortable clothes without metal parts, such as zips or buttons."),
    ("Laat sieraden en andere waardevolle spullen thuis.", "Leave jewellery and other valuables at home."),
    ("Bent u zwanger of denkt u dat u zwanger bent? Meld dit dan vóór {act} bij {staff}.", "Are you pregnant or do you think you might be? Then tell {staff} before {act}."),
    ("Hebt u een allergie, bijvoorbeeld voor jodium, latex of pleisters? Geef dit dan tijdig door.", "Do you have an allergy, for example to iodine, latex or plasters? Then let us know in good time."),
    ("Regel dat iemand u na {act} naar huis brengt. U mag die dag zelf geen auto rijden.", "Arrange for someone to take you home after {act}. You must not drive yourself that day."),
    ("Kom {min} minuten vóór de afgesproken tijd naar de afdeling {dept}.", "Please arrive at the {dept} department {min} minutes before your appointment."),
    ("Hebt u diabetes? Dan krijgt u apart advies over uw insuline of tabletten.", "Do you have diabetes? Then you will get separate advice about your insulin or tablets."),
    ("Rook niet en drink geen alcohol op de dag vóór {act}.", "Do not smoke or drink alcohol on the day before {act}."),
    ("Vergeet uw identiteitsbewijs en uw verzekeringspas niet.", "Do not forget your ID and your health insurance card."),
    ("Soms moet u één of twee dagen vóór {act} bloed laten prikken.", "Sometimes you need a blood test one or two days before {act}."),
    ("Kunt u niet komen? Bel dan zo snel mogelijk, zodat een andere patiënt uw plaats kan krijgen.", "Are you unable to come? Please call as soon as possible so another patient can have your appointment."),
]
P["during"] = [
    ("Tijdens {act} bent u steeds in contact met {staff}.", "During {act} you are in contact with {staff} all the time."),
    ("U voelt meestal weinig van {act}.", "You usually feel very little of {act}."),
    ("Het apparaat kan harde, kloppende geluiden maken. U krijgt daarom oordopjes of een koptelefoon.", "The machine can make loud knocking noises. That is why you get earplugs or headphones."),
    ("Als de contrastvloeistof wordt ingespoten, krijgt u het vaak even warm. Dat gaat snel over.", "When the contrast dye goes in, you often feel warm for a moment. That passes quickly."),
    ("Voelt u zich niet goed? Zeg het dan meteen. We kunnen {act} altijd even onderbreken.", "Do you feel unwell? Tell us straight away. We can always pause {act}."),
    ("In totaal bent u ongeveer {h} uur in het ziekenhuis.", "In total you will be at the hospital for about {h} hours."),
    ("Soms is er een arts in opleiding bij {act}. Hebt u daar bezwaar tegen? Zeg het dan gerust.", "Sometimes a doctor in training is present during {act}. If you object, just tell us."),
    ("Een begeleider mag meestal in de wachtkamer op u wachten.", "Someone who comes with you can usually wait for you in the waiting room."),
    ("Bij kinderen mag één ouder of verzorger tijdens {act} in de ruimte blijven.", "With children, one parent or carer may stay in the room during {act}."),
    ("U krijgt een plaatselijke verdoving, zodat u weinig pijn voelt.", "You get a local anaesthetic, so you feel little pain."),
    ("De arts bekijkt de beelden direct op een beeldscherm.", "The doctor looks at the images straight away on a screen."),
    ("{doctor} vertelt u tijdens {act} steeds wat er gebeurt.", "{doctor} tells you what is happening throughout {act}."),
]
P["steps_exam"] = [
    ("{staff} haalt u op uit de wachtkamer.", "{staff} collects you from the waiting room."),
    ("U kleedt zich uit in een kleedhokje en trekt een ziekenhuishemd aan.", "You undress in a changing cubicle and put on a hospital gown."),
    ("U krijgt een infuusnaald in uw arm.", "You get a drip needle in your arm."),
    ("U gaat op de onderzoekstafel liggen.", "You lie down on the examination table."),
    ("{doctor} legt nog één keer uit wat er gaat gebeuren.", "{doctor} explains once more what is going to happen."),
    ("Tijdens het onderzoek blijft u zo stil mogelijk liggen.", "During the test you lie as still as possible."),
    ("Soms vragen we u om even uw adem in te houden.", "Sometimes we ask you to hold your breath for a moment."),
    ("Via een intercom kunt u altijd met {staff} praten.", "You can always talk to {staff} through an intercom."),
    ("Na afloop haalt {staff} de infuusnaald weer weg.", "Afterwards {staff} removes the drip needle."),
    ("U mag zich weer aankleden en naar huis.", "You can get dressed again and go home."),
]
P["steps_treatment"] = [
    ("U meldt zich op de afgesproken tijd bij de balie van de afdeling {dept}.", "You report to the {dept} desk at your appointment time."),
    ("{staff} controleert uw gegevens en vraagt naar uw medicijnen.", "{staff} checks your details and asks about your medicines."),
    ("U krijgt een polsbandje met uw naam en geboortedatum.", "You get a wristband with your name and date of birth."),
    ("U krijgt een infuus in uw arm.", "You get a drip in your arm."),
    ("U krijgt een verdoving. Welke verdoving, hebt u vooraf met de anesthesioloog besproken.", "You get an anaesthetic. You discussed which one with the anaesthetist beforehand."),
    ("{doctor} voert de behandeling uit. Dit duurt ongeveer {min} minuten.", "{doctor} carries out the treatment. This takes about {min} minutes."),
    ("Na afloop gaat u naar de uitslaapkamer.", "Afterwards you go to the recovery room."),
    ("{staff} controleert regelmatig uw bloeddruk, hartslag en temperatuur.", "{staff} checks your blood pressure, heart rate and temperature regularly."),
    ("Als alles goed gaat, mag u dezelfde dag of de volgende dag naar huis.", "If all goes well, you can go home the same day or the next day."),
]
P["after"] = [
    ("Na {act} mag u meestal direct weer eten en drinken.", "After {act} you can usually eat and drink again straight away."),
    ("Drink de rest van de dag wat extra, bijvoorbeeld 1,5 tot 2 liter.", "Drink a bit more than usual for the rest of the day, for example 1.5 to 2 litres."),
    ("Het is normaal dat u de eerste {d} dagen wat moe bent.", "It is normal to feel a bit tired for the first {d} days."),
    ("U kunt last hebben van {symptom}. Dit gaat meestal binnen een paar dagen over.", "You may have {symptom}. This usually goes away within a few days."),
    ("Neem bij pijn paracetamol, maximaal 4 keer per dag 1000 mg.", "If you are in pain, take paracetamol, at most 1000 mg 4 times a day."),
    ("Doe de eerste {d} dagen rustig aan en til niets zwaars.", "Take it easy for the first {d} days and do not lift anything heavy."),
    ("Na {w} weken kunt u de meeste dagelijkse dingen weer doen.", "After {w} weeks you can do most everyday things again."),
    ("Bent u gestopt met {medicine}? Dan hoort u van uw arts wanneer u weer mag beginnen.", "Did you stop taking {medicine}? Your doctor will tell you when you can start again."),
    ("U mag weer autorijden als u zich daar fit genoeg voor voelt.", "You can drive again when you feel fit enough."),
    ("Douchen mag na 24 uur weer. Een bad nemen of zwemmen nog niet.", "You can shower again after 24 hours. Do not take a bath or go swimming yet."),
    ("U krijgt een afspraak mee voor een controle over {w} weken.", "You will get an appointment for a check-up in {w} weeks."),
    ("Werken kan meestal weer na {d} dagen, afhankelijk van uw werk.", "You can usually go back to work after {d} days, depending on your job."),
]
P["results"] = [
    ("Uw behandelend arts bespreekt de uitslag met u tijdens uw volgende afspraak.", "Your specialist will discuss the results with you at your next appointment."),
    ("{doctor} beoordeelt de beelden. Dat kost meestal enkele werkdagen.", "{doctor} reviews the images. This usually takes a few working days."),
    ("De uitslag krijgt u niet direct na {act}.", "You will not get the results straight after {act}."),
    ("Hebt u na {d} werkdagen nog niets gehoord? Bel dan de afdeling {dept}.", "Have you not heard anything after {d} working days? Then call the {dept} department."),
    ("U kunt de uitslag ook lezen in uw patiëntenportaal, zodra de arts deze heeft vrijgegeven.", "You can also read the results in your patient portal once the doctor has released them."),
    ("Soms is er na de uitslag nog een ander onderzoek nodig, zoals {exam}.", "Sometimes another test is needed after the results, such as {exam}."),
    ("Neem gerust iemand mee naar het gesprek over de uitslag. Twee horen meer dan één.", "Feel free to bring someone to the appointment about the results. Two people hear more than one."),
]
P["risks"] = [
    ("Elke behandeling heeft risico's. De kans op complicaties is klein.", "Every treatment has risks. The chance of complications is small."),
    ("Uw arts bespreekt de risico's vooraf met u.", "Your doctor will discuss the risks with you beforehand."),
    ("Complicaties komen voor bij ongeveer 1 op de {n} patiënten.", "Complications happen in about 1 in {n} patients."),
    ("Hebt u een verhoogd risico, bijvoorbeeld omdat u rookt of diabetes hebt? Dan nemen we extra maatregelen.", "Are you at higher risk, for example because you smoke or have diabetes? Then we take extra precautions."),
    ("Soms is een tweede behandeling nodig.", "Sometimes a second treatment is needed."),
    ("Bijwerkingen zijn meestal tijdelijk en verdwijnen binnen {w} weken.", "Side effects are usually temporary and disappear within {w} weeks."),
    ("Na de behandeling kunt u een tijdje last hebben van {symptom}.", "After the treatment you may have {symptom} for a while."),
]
P["what_is"] = [
    ("Uw arts heeft vastgesteld dat u {cond} hebt.", "Your doctor has found that you have {cond}."),
    ("Bij {cond} gaat er iets mis in {organ}.", "In {cond}, something goes wrong in {organ}."),
    ("De aandoening kan bij iedereen voorkomen, op elke leeftijd.", "The condition can affect anyone, at any age."),
    ("Hoe ernstig de klachten zijn, verschilt sterk van persoon tot persoon.", "How severe the symptoms are varies a lot from person to person."),
    ("Vaak verloopt de aandoening in periodes: soms hebt u veel klachten, soms bijna geen.", "The condition often comes and goes: sometimes you have many symptoms, sometimes hardly any."),
    ("Met de juiste behandeling kunnen de meeste mensen een goed leven leiden.", "With the right treatment, most people can lead a good life."),
    ("Bij {cond} is de werking van {organ} verstoord.", "With {cond}, the function of {organ} is disturbed."),
    ("Het is geen zeldzame aandoening: veel mensen krijgen er ooit mee te maken.", "It is not a rare condition: many people have to deal with it at some point."),
    ("Soms is de aandoening tijdelijk, soms blijft u er uw hele leven mee te maken houden.", "Sometimes the condition is temporary, sometimes it is lifelong."),
    ("Uw arts kan u uitleggen hoe het bij u zit, bijvoorbeeld met een tekening of een model.", "Your doctor can explain your situation, for example with a drawing or a model."),
]
P["causes"] = [
    ("De precieze oorzaak van {cond} is niet altijd bekend.", "The exact cause of {cond} is not always known."),
    ("Erfelijkheid speelt soms een rol. Vertel uw arts of de aandoening in uw familie voorkomt.", "Heredity sometimes plays a part. Tell your doctor if the condition runs in your family."),
    ("Roken, overgewicht en weinig bewegen vergroten de kans op {cond}.", "Smoking, being overweight and not moving enough increase the risk of {cond}."),
    ("De kans op {cond} wordt groter naarmate u ouder wordt.", "The risk of {cond} increases as you get older."),
    ("Soms ontstaat de aandoening na een infectie of een operatie.", "Sometimes the condition develops after an infection or an operation."),
    ("Ook sommige medicijnen kunnen de klachten uitlokken.", "Some medicines can also trigger the symptoms."),
    ("Het is belangrijk om te weten dat u er zelf meestal niets aan had kunnen doen.", "It is important to know that there is usually nothing you could have done to prevent it."),
    ("In Nederland krijgen elk jaar duizenden mensen deze aandoening.", "In the Netherlands, thousands of people get this condition every year."),
    ("Stress en vermoeidheid kunnen de klachten verergeren, maar zijn niet de oorzaak.", "Stress and tiredness can make the symptoms worse, but they are not the cause."),
    ("Bij kinderen is de oorzaak vaak anders dan bij volwassenen.", "In children the cause is often different from that in adults."),
    ("Onderzoekers weten steeds meer over hoe de aandoening ontstaat.", "Researchers are learning more and more about how the condition develops."),
]
P["symptoms"] = [
    ("De klachten verschillen per persoon.", "Symptoms differ from person to person."),
    ("Sommige mensen hebben helemaal geen klachten.", "Some people have no symptoms at all."),
    ("Klachten zoals {symptom} kunnen ook een andere oorzaak hebben.", "Symptoms such as {symptom} can also have another cause."),
    ("Houd een dagboek bij van uw klachten. Dat helpt uw arts bij de behandeling.", "Keep a diary of your symptoms. This helps your doctor with your treatment."),
    ("Merkt u dat uw klachten erger worden? Neem dan contact op met uw huisarts.", "Do you notice your symptoms getting worse? Then contact your GP."),
    ("De klachten ontstaan vaak geleidelijk, in de loop van maanden.", "The symptoms often develop gradually, over months."),
    ("Bij ouderen zijn de klachten soms minder duidelijk.", "In older people the symptoms are sometimes less obvious."),
    ("Klachten kunnen 's nachts of na inspanning erger zijn.", "Symptoms can be worse at night or after exertion."),
    ("Hebt u plotseling veel meer klachten? Bel dan direct uw huisarts of de huisartsenpost.", "Do you suddenly have many more symptoms? Then call your GP or the out-of-hours GP service straight away."),
]
P["tests"] = [
    ("Eerst stelt de arts u vragen over uw klachten en onderzoekt u lichamelijk.", "First the doctor asks about your symptoms and gives you a physical examination."),
    ("Ook wordt meestal bloed afgenomen.", "Usually a blood sample is also taken."),
    ("Welke onderzoeken u krijgt, hangt af van uw klachten.", "Which tests you have depends on your symptoms."),
    ("Soms is {exam} nodig om de diagnose zeker te stellen.", "Sometimes {exam} is needed to be sure of the diagnosis."),
]
P["treatments"] = [
    ("Welke behandeling het beste past, hangt af van uw klachten en uw conditie.", "Which treatment suits you best depends on your symptoms and your general health."),
    ("Samen met uw arts kiest u de behandeling die bij u past.", "Together with your doctor, you choose the treatment that suits you."),
    ("Soms is geen behandeling nodig en is afwachten de beste keuze.", "Sometimes no treatment is needed and waiting is the best choice."),
    ("Vaak begint de behandeling met medicijnen. Helpen die onvoldoende, dan zijn er andere mogelijkheden.", "Treatment often starts with medicines. If they do not help enough, there are other options."),
    ("Een combinatie van behandelingen is ook mogelijk.", "A combination of treatments is also possible."),
]
P["living"] = [
    ("Gezond eten en voldoende bewegen helpen bij uw herstel.", "Eating healthily and being active help you recover."),
    ("Probeer elke dag minstens een half uur te bewegen, bijvoorbeeld wandelen of fietsen.", "Try to be active for at least half an hour every day, for example walking or cycling."),
    ("Stoppen met roken is één van de beste dingen die u voor uw gezondheid kunt doen.", "Stopping smoking is one of the best things you can do for your health."),
    ("Een diëtist kan u helpen met een voedingsplan dat bij u past.", "A dietitian can help you with an eating plan that suits you."),
    ("Praat over uw zorgen met de mensen om u heen.", "Talk about your worries with the people around you."),
    ("Lotgenotencontact kan steun geven. Vraag ons naar een patiëntenvereniging.", "Contact with other patients can give support. Ask us about a patient association."),
    ("Het is normaal dat u zich soms somber of onzeker voelt.", "It is normal to sometimes feel low or uncertain."),
    ("Bespreek met uw werkgever of bedrijfsarts wanneer u weer aan het werk kunt.", "Discuss with your employer or occupational health doctor when you can return to work."),
    ("Blijft u zich erg moe voelen? Een fysiotherapeut of ergotherapeut kan u helpen uw energie beter te verdelen.", "Do you keep feeling very tired? A physiotherapist or occupational therapist can help you spread your energy better."),
    ("Drink niet meer dan één glas alcohol per dag, en niet elke dag.", "Do not drink more than one glass of alcohol a day, and not every day."),
    ("Zorg voor voldoende rust en een vast slaapritme.", "Get enough rest and keep regular sleeping hours."),
    ("Neem uw medicijnen altijd op dezelfde tijd in. Een medicijnwekker kan daarbij helpen.", "Always take your medicines at the same time. A pill alarm can help."),
    ("Vraag bij uw zorgverzekeraar na welke kosten worden vergoed.", "Check with your health insurer which costs are covered."),
    ("Op reis? Neem dan een medisch paspoort en voldoende medicijnen mee.", "Travelling? Then take a medical passport and enough medicines with you."),
    ("Ook uw naasten hebben soms behoefte aan steun. Ze kunnen altijd bij ons terecht met vragen.", "Your loved ones sometimes need support as well. They can always come to us with questions."),
    ("Eet verspreid over de dag kleine porties als u weinig trek hebt.", "Eat small portions spread over the day if you have a poor appetite."),
]
P["generic"] = [
    ("De zorgcoördinator is uw vaste aanspreekpunt tijdens de hele behandeling.", "The care coordinator is your main point of contact throughout your treatment."),
    ("Wij houden uw huisarts op de hoogte, zodat hij of zij goed geïnformeerd is.", "We keep your GP informed, so they are up to date."),
    ("Hebt u ideeën of tips om deze folder te verbeteren? Laat het ons weten.", "Do you have ideas or tips to improve this leaflet? Let us know."),
    ("Maakt u zich zorgen over financiële zaken? Een maatschappelijk werker kan met u meedenken.", "Are you worried about money matters? A social worker can help you think things through."),
    ("Spreekt u niet goed Nederlands? Vraag dan bij het maken van de afspraak om een tolk.", "Do you not speak Dutch well? Then ask for an interpreter when you make the appointment."),
    ("In uw patiëntenportaal ziet u uw afspraken, uitslagen en medicijnen.", "In your patient portal you can see your appointments, results and medicines."),
    ("Uw gegevens staan in uw elektronisch patiëntendossier. Alleen zorgverleners die u behandelen, mogen deze inzien.", "Your details are kept in your electronic patient record. Only care providers who treat you may see them."),
    ("Schrijf uw vragen vooraf op, dan vergeet u niets tijdens het gesprek.", "Write down your questions beforehand, so you do not forget anything during the appointment."),
    ("Wilt u een second opinion? Bespreek dit gerust met uw arts.", "Would you like a second opinion? Feel free to discuss this with your doctor."),
    ("Het ziekenhuis doet mee aan wetenschappelijk onderzoek. Misschien vragen we u om mee te doen.", "The hospital takes part in scientific research. We may ask you to take part."),
]
P["food"] = [
    ("Gezond en gevarieerd eten helpt uw lichaam om sterk te blijven.", "Eating a healthy, varied diet helps your body stay strong."),
    ("Eet elke dag groente, fruit en volkorenproducten.", "Eat vegetables, fruit and wholegrain products every day."),
    ("Drink ongeveer 1,5 tot 2 liter per dag, tenzij uw arts iets anders adviseert.", "Drink about 1.5 to 2 litres a day, unless your doctor advises otherwise."),
    ("Beperk zout, suiker en verzadigd vet.", "Cut down on salt, sugar and saturated fat."),
    ("Valt u ongewild af? Vertel het dan aan uw arts of diëtist.", "Are you losing weight without trying? Then tell your doctor or dietitian."),
    ("Soms is extra eiwit nodig, bijvoorbeeld uit zuivel, vis, eieren of peulvruchten.", "Sometimes you need extra protein, for example from dairy, fish, eggs or pulses."),
    ("Hebt u weinig trek? Eet dan vaker kleine maaltijden en tussendoortjes.", "Do you have little appetite? Then eat small meals and snacks more often."),
    ("Sommige voedingsmiddelen beïnvloeden de werking van medicijnen, zoals grapefruitsap.", "Some foods affect how medicines work, such as grapefruit juice."),
    ("Vraag de diëtist naar een eetdagboek. Zo ziet u welke voeding u goed verdraagt.", "Ask the dietitian about a food diary. That way you can see which foods suit you."),
    ("Een diëtist kan u helpen met een voedingsplan dat bij u past.", "A dietitian can help you with an eating plan that suits you."),
]
P["exercise"] = [
    ("Bewegen is goed voor uw conditie, uw spieren en uw humeur.", "Exercise is good for your fitness, your muscles and your mood."),
    ("Begin rustig en bouw langzaam op.", "Start slowly and build up gradually."),
    ("Wandelen, fietsen en zwemmen zijn goede manieren om in beweging te blijven.", "Walking, cycling and swimming are good ways to stay active."),
    ("Stop als u pijn krijgt, duizelig wordt of erg kortademig bent.", "Stop if you get pain, feel dizzy or become very short of breath."),
    ("Een fysiotherapeut kan een oefenprogramma maken dat bij u past.", "A physiotherapist can make an exercise programme that suits you."),
    ("Sporten in een groep kan extra motivatie geven.", "Exercising in a group can give you extra motivation."),
    ("Probeer lang stilzitten af te wisselen met korte stukjes lopen.", "Try to break up long periods of sitting with short walks."),
    ("Overleg met uw arts voordat u weer intensief gaat sporten.", "Talk to your doctor before you start doing strenuous sports again."),
    ("Probeer elke dag minstens een half uur te bewegen, bijvoorbeeld wandelen of fietsen.", "Try to be active for at least half an hour every day, for example walking or cycling."),
]
P["work"] = [
    ("Veel mensen kunnen gewoon blijven werken, soms met aanpassingen.", "Many people can keep working, sometimes with some adjustments."),
    ("Praat op tijd met uw leidinggevende over wat u wel en niet kunt.", "Talk to your manager in good time about what you can and cannot do."),
    ("De bedrijfsarts kan adviseren over aangepast werk of minder uren.", "The occupational health doctor can advise about adjusted work or fewer hours."),
    ("Plan uw dag zo dat u tussendoor kunt rusten.", "Plan your day so that you can rest in between."),
    ("Vraag hulp bij zware klussen in en om het huis.", "Ask for help with heavy jobs in and around the house."),
    ("Autorijden mag meestal gewoon. Twijfelt u? Vraag het dan aan uw arts.", "You can usually drive as normal. If in doubt, ask your doctor."),
    ("Studeert u nog? Bespreek dan met uw studiebegeleider welke aanpassingen mogelijk zijn.", "Are you still studying? Then discuss with your student adviser which adjustments are possible."),
    ("Een vast dagritme helpt om uw energie goed te verdelen.", "A regular daily routine helps you spread your energy well."),
    ("Bespreek met uw werkgever of bedrijfsarts wanneer u weer aan het werk kunt.", "Discuss with your employer or occupational health doctor when you can return to work."),
]
P["support"] = [
    ("U staat er niet alleen voor. Er zijn veel mensen die u kunnen helpen.", "You are not on your own. There are many people who can help you."),
    ("Praat over uw zorgen met de mensen om u heen.", "Talk about your worries with the people around you."),
    ("Lotgenotencontact kan steun geven. Vraag ons naar een patiëntenvereniging.", "Contact with other patients can give support. Ask us about a patient association."),
    ("Een maatschappelijk werker kan helpen bij praktische en emotionele vragen.", "A social worker can help with practical and emotional questions."),
    ("Ook uw naasten hebben soms behoefte aan steun. Ze kunnen altijd bij ons terecht met vragen.", "Your loved ones sometimes need support as well. They can always come to us with questions."),
    ("Een geestelijk verzorger is er voor iedereen, gelovig of niet.", "A spiritual care worker is there for everyone, religious or not."),
    ("Via uw huisarts kunt u ook verwezen worden naar een psycholoog.", "Your GP can also refer you to a psychologist."),
    ("Mantelzorgers kunnen terecht bij het steunpunt mantelzorg in hun gemeente.", "Carers can get support from the carers' support centre in their municipality."),
]
P["practical"] = [
    ("Het ziekenhuis ligt aan de Rivierweg 1 in Eindhoven.", "The hospital is at Rivierweg 1 in Eindhoven."),
    ("U kunt parkeren in de parkeergarage naast de hoofdingang. Parkeren is niet gratis.", "You can park in the car park next to the main entrance. Parking is not free."),
    ("Met het openbaar vervoer is het ziekenhuis goed bereikbaar. Bus 12 stopt vóór de deur.", "The hospital is easy to reach by public transport. Bus 12 stops at the door."),
    ("Bij de hoofdingang staan rolstoelen klaar.", "Wheelchairs are available at the main entrance."),
    ("Vrijwilligers bij de informatiebalie helpen u graag de weg te vinden.", "Volunteers at the information desk are happy to help you find your way."),
    ("Het restaurant in de centrale hal is elke dag open.", "The restaurant in the main hall is open every day."),
    ("Uw afspraken kunt u ook bekijken en verzetten in het patiëntenportaal.", "You can also view and change your appointments in the patient portal."),
    ("Neem bij elk bezoek uw identiteitsbewijs mee.", "Bring your ID to every visit."),
    ("Vraag bij uw zorgverzekeraar na welke kosten worden vergoed.", "Check with your health insurer which costs are covered."),
]
P["medicines"] = [
    ("Neem uw medicijnen altijd op dezelfde tijd in. Een medicijnwekker kan daarbij helpen.", "Always take your medicines at the same time. A pill alarm can help."),
    ("Stop nooit zelf met uw medicijnen, ook niet als u zich beter voelt.", "Never stop taking your medicines yourself, even if you feel better."),
    ("Hebt u last van bijwerkingen? Bespreek dit dan met uw arts of apotheker.", "Do you have side effects? Then discuss this with your doctor or pharmacist."),
    ("Gebruik zonder overleg geen zelfzorgmiddelen of kruidenpreparaten.", "Do not take over-the-counter medicines or herbal remedies without checking first."),
    ("Uw apotheker controleert of uw medicijnen goed samengaan.", "Your pharmacist checks whether your medicines go well together."),
    ("Bewaar uw medicijnen op een droge plek en buiten bereik van kinderen.", "Keep your medicines in a dry place and out of reach of children."),
    ("Een baxterrol of medicijndoos helpt om niets te vergeten.", "A blister pack or pill organiser helps you not to forget anything."),
    ("Gebruikt u {medicine}? Dan controleren we regelmatig uw bloed.", "Do you take {medicine}? Then we check your blood regularly."),
]
P["emotions"] = [
    ("Het is normaal dat u zich soms somber of onzeker voelt.", "It is normal to sometimes feel low or uncertain."),
    ("Veel mensen schrikken van de diagnose. Dat is een normale reactie.", "Many people are shocked by the diagnosis. That is a normal reaction."),
    ("Geef uzelf de tijd om alles te verwerken.", "Give yourself time to take everything in."),
    ("Angst en onzekerheid worden vaak minder als u weet wat u kunt verwachten.", "Fear and uncertainty often lessen when you know what to expect."),
    ("Blijft u lang somber of slaapt u slecht? Praat er dan over met uw huisarts.", "Do you feel low for a long time or sleep badly? Then talk to your GP about it."),
    ("Ontspanningsoefeningen of mindfulness kunnen helpen.", "Relaxation exercises or mindfulness can help."),
    ("Ook voor uw partner en kinderen kan het een moeilijke tijd zijn.", "It can also be a difficult time for your partner and children."),
    ("Schrijf op wat u bezighoudt. Dat kan helpen om uw gedachten te ordenen.", "Write down what is on your mind. That can help you sort out your thoughts."),
]
P["recovery"] = [
    ("Slaapt u slecht? Dat is de eerste weken heel gewoon.", "Do you sleep badly? That is quite normal in the first weeks."),
    ("Wissel activiteiten af met rust.", "Alternate activity with rest."),
    ("Vrijen mag weer zodra u zich daar goed genoeg voor voelt.", "You can have sex again as soon as you feel well enough."),
    ("Sporten kan meestal weer na {w} weken. Begin rustig.", "You can usually do sports again after {w} weeks. Start gently."),
    ("Til de eerste {w} weken niets zwaarder dan {kg} kilo.", "Do not lift anything heavier than {kg} kilos for the first {w} weeks."),
    ("Eet gezond en drink voldoende. Dat helpt bij de wondgenezing.", "Eat healthily and drink enough. This helps your wound heal."),
    ("Hebt u pijn? Neem dan op vaste tijden pijnstillers, niet pas als de pijn erg is.", "Are you in pain? Then take painkillers at fixed times, not only when the pain is bad."),
    ("Ga elke dag een stukje wandelen. Dat verkleint de kans op trombose.", "Go for a short walk every day. This lowers the risk of blood clots."),
    ("Het kan enkele maanden duren voordat u weer helemaal de oude bent.", "It can take a few months before you feel completely yourself again."),
    ("Plan in de eerste weken niet te veel afspraken op één dag.", "Do not plan too many things on one day in the first weeks."),
]
P["call_intro"] = [
    ("Bel ons direct als u een van deze klachten hebt:", "Call us straight away if you have any of these symptoms:"),
    ("Neem contact met ons op bij:", "Contact us if you have:"),
    ("Let op de volgende signalen en bel ons als u ze opmerkt:", "Watch out for the following signs and call us if you notice them:"),
]
P["contact"] = [
    ("Hebt u nog vragen? Bel dan de afdeling {dept} op {phone}.", "Do you have any questions? Please call the {dept} department on {phone}."),
    ("U kunt ook een e-mail sturen naar {email}.", "You can also send an e-mail to {email}."),
    ("Wij zijn bereikbaar op {hours}.", "We can be reached {hours}."),
    ("Bij spoed buiten kantoortijd belt u de Spoedeisende Hulp op {main_phone}.", "In an emergency outside office hours, call the Emergency Department on {main_phone}."),
]
LIST_ITEMS = {
    "medicines": [
        ("stop na overleg met uw arts tijdelijk met {medicine}", "stop taking {medicine} for a while, after talking to your doctor"),
        ("neem uw andere medicijnen zoals u gewend bent, met een klein slokje water", "take your other medicines as usual, with a small sip of water"),
        ("gebruikt u {medicine}? Meld dit dan bij {staff}", "do you take {medicine}? Then tell {staff}"),
        ("neem uw medicijnen in de originele verpakking mee", "bring your medicines in their original packaging"),
        ("vraag uw apotheker om een actueel medicijnoverzicht", "ask your pharmacist for an up-to-date list of your medicines"),
        ("gebruik de dag vóór {act} geen vitaminepreparaten of kruidenmiddelen", "do not take vitamin supplements or herbal remedies the day before {act}"),
    ],
    "bring": [
        ("uw identiteitsbewijs", "your ID"), ("een lijst met uw medicijnen", "a list of your medicines"),
        ("uw bril of contactlenzen in een doosje", "your glasses, or your contact lenses in a case"),
        ("iets te eten en te drinken voor na afloop", "something to eat and drink for afterwards"),
        ("gemakkelijk zittende kleding", "loose, comfortable clothes"), ("uw verzekeringspas", "your health insurance card"),
        ("een boek of tijdschrift voor in de wachtkamer", "a book or magazine for the waiting room"),
        ("de uitnodigingsbrief", "your appointment letter"), ("uw hoorapparaat, als u dat gebruikt", "your hearing aid, if you use one"),
    ],
    "risks": [
        ("een bloeding", "bleeding"), ("een infectie van de wond", "a wound infection"),
        ("een trombosebeen of longembolie", "a blood clot in the leg or lung"), ("een allergische reactie op de medicijnen", "an allergic reaction to the medicines"),
        ("beschadiging van omliggende organen", "damage to nearby organs"), ("tijdelijk {symptom}", "{symptom} for a while"),
        ("littekenweefsel of een verdikking rond de wond", "scar tissue or a lump around the wound"),
        ("misselijkheid door de narcose", "nausea from the anaesthetic"),
    ],
    "wound": [
        ("houd de wond schoon en droog", "keep the wound clean and dry"),
        ("u mag na 24 uur weer douchen; dep de wond daarna voorzichtig droog", "you may shower after 24 hours; gently pat the wound dry afterwards"),
        ("neem de eerste {w} weken geen bad en ga niet zwemmen", "do not take a bath or go swimming for the first {w} weeks"),
        ("de huisarts verwijdert de hechtingen na 10 tot 14 dagen", "your GP removes the stitches after 10 to 14 days"),
        ("oplosbare hechtingen verdwijnen vanzelf", "dissolving stitches disappear by themselves"),
        ("een beetje jeuk of een doof gevoel rond de wond is normaal", "a little itching or a numb feeling around the wound is normal"),
        ("vervang de pleister elke dag, of eerder als hij nat is", "change the dressing every day, or sooner if it gets wet"),
        ("bescherm het litteken het eerste jaar tegen de zon", "protect the scar from the sun for the first year"),
    ],
    "tips": [
        ("neem elke dag de tijd om te ontspannen", "take time to relax every day"), ("plan dingen waar u plezier in hebt", "plan things you enjoy"),
        ("vraag hulp als u die nodig hebt", "ask for help when you need it"), ("houd een dagboek bij", "keep a diary"),
        ("zorg voor een vast dagritme", "keep a regular daily routine"), ("blijf in contact met vrienden en familie", "stay in touch with friends and family"),
        ("wees mild voor uzelf", "be kind to yourself"), ("schrijf uw vragen op voor de volgende afspraak", "write down your questions for your next appointment"),
    ],
    "call": [
        ("koorts boven 38,5 °C", "a fever above 38.5 °C"), ("een wond die rood, warm, dik of pijnlijk wordt", "a wound that becomes red, warm, swollen or painful"),
        ("een nabloeding die niet stopt na 10 minuten drukken", "bleeding that does not stop after pressing on it for 10 minutes"),
        ("toenemende pijn, ook als u pijnstillers gebruikt", "increasing pain, even when you take painkillers"),
        ("benauwdheid of pijn op de borst", "shortness of breath or chest pain"), ("niet kunnen plassen", "being unable to pass urine"),
        ("aanhoudend braken", "persistent vomiting"), ("een gele kleur van uw huid of ogen", "yellowing of your skin or eyes"),
    ],
}
# (nl question, nl answer, en question, en answer)
FAQ = [
    ("Mag ik iemand meenemen?", "Ja, u mag één begeleider meenemen. Die kan in de wachtkamer wachten.", "Can I bring someone?", "Yes, you can bring one person with you. They can wait in the waiting room."),
    ("Mag ik daarna zelf autorijden?", "Dat hangt af van de verdoving. Na een slaapmiddel of narcose mag u die dag niet zelf rijden.", "Can I drive myself home afterwards?", "That depends on the anaesthetic. After a sedative or general anaesthetic you must not drive that day."),
    ("Wat als ik ziek ben op de dag van de afspraak?", "Bel dan de afdeling {dept}. Samen kijken we of de afspraak door kan gaan.", "What if I am ill on the day of my appointment?", "Please call the {dept} department. Together we will see whether the appointment can go ahead."),
    ("Hoe lang duurt het herstel?", "Dat verschilt per persoon. De meeste mensen voelen zich na {w} weken weer redelijk fit.", "How long does recovery take?", "That differs from person to person. Most people feel reasonably fit again after {w} weeks."),
    ("Kan ik blijven werken?", "Vaak wel, eventueel in aangepaste vorm. Overleg dit met uw bedrijfsarts.", "Can I keep working?", "Often you can, possibly with adjustments. Discuss this with your occupational health doctor."),
    ("Wordt dit vergoed door mijn zorgverzekering?", "Meestal wel. Controleer wel uw eigen risico bij uw zorgverzekeraar.", "Is this covered by my health insurance?", "Usually it is. Do check your policy excess with your health insurer."),
    ("Mag ik mijn medicijnen gewoon innemen?", "Meestal wel. Alleen bij {medicine} geeft uw arts soms een ander advies.", "Can I take my medicines as usual?", "Usually yes. Only with {medicine} may your doctor give different advice."),
    ("Kan ik de afspraak verzetten?", "Ja, bel hiervoor uiterlijk 24 uur van tevoren naar {phone}.", "Can I change my appointment?", "Yes, please call {phone} at least 24 hours in advance."),
    ("Waar meld ik me?", "U meldt zich bij de balie van de afdeling {dept}. Volg in de centrale hal de borden.", "Where do I report?", "Report to the {dept} desk. Follow the signs from the main entrance hall."),
    ("Krijg ik een verdoving?", "Dat hangt af van het onderzoek of de behandeling. Uw arts bespreekt dit vooraf met u.", "Will I get an anaesthetic?", "That depends on the test or treatment. Your doctor will discuss this with you beforehand."),
    ("Kan ik zelf iets doen om de klachten te verminderen?", "Ja. Gezond eten, genoeg bewegen en niet roken helpen vaak.", "Can I do anything myself to reduce the symptoms?", "Yes. Eating healthily, being active and not smoking often help."),
    ("Heb ik een verwijzing nodig?", "Ja, u hebt een verwijzing nodig van uw huisarts of een andere specialist.", "Do I need a referral?", "Yes, you need a referral from your GP or another specialist."),
    ("Mag ik vóór {act} roken?", "Liever niet. Roken vertraagt het herstel en kan de uitslag beïnvloeden.", "Can I smoke before {act}?", "Preferably not. Smoking slows recovery and can affect the results."),
    ("Kan ik een tolk krijgen?", "Ja. Vraag bij het maken van de afspraak om een tolk. Dit is gratis.", "Can I get an interpreter?", "Yes. Ask for an interpreter when you make the appointment. This is free of charge."),
    ("Wanneer hoor ik de uitslag?", "Meestal binnen {d} werkdagen. Uw arts vertelt u hoe u de uitslag krijgt.", "When will I get the results?", "Usually within {d} working days. Your doctor will tell you how you will get the results."),
    ("Mag ik daarna sporten?", "Ja, maar bouw het rustig op. Overleg bij twijfel met uw arts.", "Can I do sports afterwards?", "Yes, but build up slowly. If in doubt, ask your doctor."),
    ("Mag ik op vakantie?", "Meestal wel. Bespreek uw reisplannen vooraf met uw arts.", "Can I go on holiday?", "Usually yes. Discuss your travel plans with your doctor beforehand."),
    ("Hoe vaak moet ik terugkomen voor controle?", "Dat hangt af van uw situatie. Meestal ziet u uw arts eerst na {w} weken en daarna minder vaak.", "How often do I need to come back for check-ups?", "That depends on your situation. Usually you see your doctor after {w} weeks at first, and less often after that."),
    ("Mag ik alcohol drinken?", "Met mate. Bij sommige medicijnen is alcohol niet verstandig. Vraag het uw apotheker.", "Can I drink alcohol?", "In moderation. With some medicines, alcohol is not a good idea. Ask your pharmacist."),
    ("Wat kan ik doen tegen de vermoeidheid?", "Verdeel uw energie over de dag en blijf in beweging. Een fysiotherapeut kan u daarbij helpen.", "What can I do about the tiredness?", "Spread your energy over the day and stay active. A physiotherapist can help you with this."),
    ("Waar vind ik lotgenoten?", "Bij een patiëntenvereniging. Wij geven u graag de contactgegevens.", "Where can I find other patients?", "Through a patient association. We are happy to give you their contact details."),
    ("Wie is mijn aanspreekpunt?", "Uw vaste aanspreekpunt is de verpleegkundig specialist van de afdeling {dept}.", "Who is my contact person?", "Your main contact is the nurse specialist of the {dept} department."),
    ("Wat doe ik als ik een afspraak ben vergeten?", "Bel dan zo snel mogelijk de afdeling {dept} voor een nieuwe afspraak.", "What should I do if I missed an appointment?", "Please call the {dept} department as soon as possible for a new appointment."),
    ("Is {cond} erfelijk?", "Soms speelt erfelijkheid een rol. Uw arts kan u doorverwijzen naar een klinisch geneticus.", "Is {cond} hereditary?", "Sometimes heredity plays a part. Your doctor can refer you to a clinical geneticist."),
]
ALERTS = [
    ("WARNING", "Hebt u na {act} koorts boven 38,5 °C, veel pijn of een nabloeding? Bel dan direct de afdeling {dept} op {phone}. Buiten kantoortijd belt u de Spoedeisende Hulp.",
     "Do you have a fever above 38.5 °C, a lot of pain or bleeding after {act}? Then call the {dept} department straight away on {phone}. Outside office hours, call the Emergency Department."),
    ("NOTE", "Bent u verhinderd? Bel dan minstens 24 uur van tevoren. Dan kunnen we een andere patiënt helpen.",
     "Unable to come? Please call at least 24 hours in advance. Then we can help another patient."),
    ("TIP", "Schrijf uw vragen vóór de afspraak op. Dan vergeet u niets.", "Write down your questions before your appointment. Then you will not forget anything."),
    ("IMPORTANT", "Gebruikt u {medicine}? Overleg dan altijd vooraf met uw arts. Stop nooit zelf met uw medicijnen.",
     "Do you take {medicine}? Always talk to your doctor first. Never stop taking your medicines on your own."),
    ("CAUTION", "Rijd de eerste 24 uur na een slaapmiddel of narcose geen auto en neem geen belangrijke beslissingen.",
     "Do not drive or make important decisions for the first 24 hours after a sedative or general anaesthetic."),
    ("NOTE", "Neem uw identiteitsbewijs mee. Zonder geldig identiteitsbewijs kunnen wij u niet helpen.", "Bring your ID. We cannot help you without valid identification."),
    ("WARNING", "Bel 112 bij plotselinge benauwdheid, pijn op de borst of als u flauwvalt.", "Call 112 if you suddenly become short of breath, have chest pain or faint."),
    ("TIP", "Vraag uw apotheker om advies als u meerdere medicijnen tegelijk gebruikt.", "Ask your pharmacist for advice if you take several medicines at the same time."),
    ("IMPORTANT", "Bent u zwanger of geeft u borstvoeding? Meld dit altijd vóór {act}.", "Are you pregnant or breastfeeding? Always tell us before {act}."),
]
LINK_SENTENCES = [
    ("Lees ook de folder [{t}]({id}).", "Also read the leaflet [{t}]({id})."),
    ("Meer informatie vindt u in [{t}]({id}).", "You can find more information in [{t}]({id})."),
    ("Zie ook [{t}]({id}).", "See also [{t}]({id})."),
    ("Hierover leest u meer in de folder [{t}]({id}).", "You can read more about this in the leaflet [{t}]({id})."),
]
EXTERNAL_LINKS = [
    ("Betrouwbare informatie vindt u ook op [Thuisarts.nl](https://www.thuisarts.nl/).", "Reliable information (in Dutch) is also available on [Thuisarts.nl](https://www.thuisarts.nl/)."),
    ("Kijk voor meer informatie op de [website van het ziekenhuis](https://www.maasoever.example/patienten).", "For more information, see the [hospital website](https://www.maasoever.example/patienten)."),
]
TABLES = {
    "side_effects": (("Bijwerking", "Hoe vaak?", "Wat kunt u doen?"), ("Side effect", "How often?", "What can you do?"), [
        ("Vermoeidheid", "Vaak", "Plan rustmomenten en blijf licht in beweging.", "Tiredness", "Common", "Plan rest periods and stay lightly active."),
        ("Misselijkheid", "Vaak", "Eet kleine porties. Vraag zo nodig om medicijnen tegen misselijkheid.", "Nausea", "Common", "Eat small portions. Ask for anti-sickness medicine if needed."),
        ("Haaruitval", "Soms", "Vraag naar een haarwerk of hoofddoek.", "Hair loss", "Sometimes", "Ask about a wig or headscarf."),
        ("Huidirritatie", "Soms", "Gebruik een milde, ongeparfumeerde crème.", "Skin irritation", "Sometimes", "Use a mild, unperfumed cream."),
        ("Diarree", "Soms", "Drink extra en bel ons bij meer dan 4 keer per dag.", "Diarrhoea", "Sometimes", "Drink extra and call us if it happens more than 4 times a day."),
        ("Koorts", "Zelden", "Bel direct de afdeling.", "Fever", "Rare", "Call the department straight away."),
        ("Pijn op de plek van de behandeling", "Vaak", "Neem paracetamol volgens de bijsluiter.", "Pain where you were treated", "Common", "Take paracetamol as directed in the package leaflet."),
        ("Smaakveranderingen", "Soms", "Probeer koude gerechten of zuurtjes.", "Changes in taste", "Sometimes", "Try cold dishes or boiled sweets."),
    ]),
    "recovery": (("Periode", "Wat kunt u verwachten?", "Wat kunt u doen?"), ("Period", "What can you expect?", "What can you do?"), [
        ("Week 1", "U bent snel moe. De wond kan nog pijn doen.", "Rust veel. Wandel een paar keer per dag kort.", "Week 1", "You get tired quickly. The wound may still hurt.", "Rest a lot. Take short walks a few times a day."),
        ("Week 2", "U krijgt wat meer energie.", "Maak langere wandelingen. Licht huishoudelijk werk mag.", "Week 2", "You have a bit more energy.", "Go for longer walks. Light housework is fine."),
        ("Week 3 tot 4", "U voelt zich steeds fitter.", "Bouw uw activiteiten langzaam op. Fietsen kan vaak weer.", "Weeks 3 to 4", "You feel fitter and fitter.", "Slowly do more. Cycling is often possible again."),
        ("Week 5 tot 6", "De meeste mensen kunnen weer veel.", "Na overleg met uw arts: autorijden, werken en sporten.", "Weeks 5 to 6", "Most people can do a lot again.", "After talking to your doctor: driving, working and sports."),
        ("Na 6 weken", "Vermoeidheid kan nog maanden duren.", "Luister naar uw lichaam en neem voldoende rust.", "After 6 weeks", "Tiredness can last for months.", "Listen to your body and get enough rest."),
    ]),
    "timeline": (("Wanneer?", "Wat doet u?"), ("When?", "What do you do?"), [
        ("1 week vooraf", "Bespreek uw medicijnen met uw arts.", "1 week before", "Discuss your medicines with your doctor."),
        ("De dag vooraf", "Eet licht en drink voldoende.", "The day before", "Eat light meals and drink enough."),
        ("{h} uur vooraf", "Niet meer eten.", "{h} hours before", "Stop eating."),
        ("Op de dag zelf", "Neem uw identiteitsbewijs en medicijnlijst mee.", "On the day", "Bring your ID and your list of medicines."),
        ("Na afloop", "Drink extra water.", "Afterwards", "Drink extra water."),
    ]),
}

HEADINGS = {
    "why_exam": [("Waarom dit onderzoek?", "Why this test?"), ("Waarom krijgt u dit onderzoek?", "Why are you having this test?"), ("Doel van het onderzoek", "Purpose of the test")],
    "why_treatment": [("Waarom deze behandeling?", "Why this treatment?"), ("Doel van de behandeling", "Aim of the treatment"), ("Wanneer krijgt u deze behandeling?", "When do you get this treatment?")],
    "prep": [("Voorbereiding", "Preparation"), ("Hoe bereidt u zich voor?", "How do you prepare?"), ("Vóór {act}", "Before {act}")],
    "prep_medicines": [("Medicijnen", "Medicines"), ("Gebruikt u medicijnen?", "Do you take medicines?")],
    "prep_food": [("Eten en drinken", "Eating and drinking"), ("Nuchter zijn", "Fasting")],
    "prep_bring": [("Wat neemt u mee?", "What to bring"), ("Meenemen", "Things to bring")],
    "during_exam": [("Hoe gaat het onderzoek?", "What happens during the test?"), ("Het onderzoek", "The test"), ("Tijdens het onderzoek", "During the test")],
    "during_treatment": [("Hoe gaat de behandeling?", "How does the treatment work?"), ("De behandeling", "The treatment"), ("Op de dag van de behandeling", "On the day of the treatment")],
    "after": [("Na {act}", "After {act}"), ("Na afloop", "Afterwards"), ("Weer thuis", "Back home")],
    "results": [("De uitslag", "The results"), ("Uitslag", "Results"), ("Wanneer hoort u de uitslag?", "When will you get the results?")],
    "risks": [("Risico's en complicaties", "Risks and complications"), ("Mogelijke bijwerkingen", "Possible side effects"), ("Zijn er risico's?", "Are there any risks?")],
    "what_is": [("Wat is het?", "What is it?"), ("Over de aandoening", "About the condition")],
    "causes": [("Oorzaken", "Causes"), ("Hoe ontstaat het?", "How does it develop?"), ("Wie krijgt het?", "Who gets it?")],
    "symptoms": [("Klachten", "Symptoms"), ("Welke klachten kunt u hebben?", "What symptoms can you have?"), ("Verschijnselen", "Signs and symptoms")],
    "tests": [("Onderzoeken", "Tests"), ("Hoe stellen we de diagnose?", "How do we make the diagnosis?")],
    "treatments": [("Behandeling", "Treatment"), ("Welke behandelingen zijn er?", "Which treatments are there?")],
    "living": [("Leven met de aandoening", "Living with the condition"), ("Wat kunt u zelf doen?", "What can you do yourself?"), ("Leefstijl", "Lifestyle")],
    "faq": [("Veelgestelde vragen", "Frequently asked questions"), ("Vragen die we vaak horen", "Questions we often hear")],
    "recovery": [("Herstel thuis", "Recovering at home"), ("Uw herstel", "Your recovery"), ("De eerste weken", "The first weeks")],
    "wound": [("Wondzorg", "Caring for your wound"), ("De wond", "The wound")],
    "call": [("Wanneer belt u ons?", "When should you call us?"), ("Wanneer neemt u contact op?", "When should you contact us?")],
    "followup": [("Controle", "Check-up"), ("Nacontrole", "Follow-up appointment")],
    "general_topics": [("Voeding", "Food and drink", "food"), ("Bewegen", "Exercise", "exercise"), ("Werk en dagelijks leven", "Work and daily life", "work"),
                       ("Steun en hulp", "Support", "support"), ("Praktische zaken", "Practical matters", "practical"),
                       ("Medicijnen", "Medicines", "medicines"), ("Emoties", "Emotions", "emotions")],
    "contact": [("Vragen?", "Questions?"), ("Contact", "Contact"), ("Hebt u nog vragen?", "Do you have any questions?")],
}

SUMMARIES = {
    "exam": [("Bij {np} onderzoeken we {organ}. Lees hoe u zich voorbereidt en wat u kunt verwachten.", "During {np}, we examine {organ}. Read how to prepare and what to expect."),
             ("U krijgt {np}. In deze folder leest u hoe het onderzoek gaat en wanneer u de uitslag krijgt.", "You are going to have {np}. This leaflet explains how the test works and when you will get the results."),
             ("Informatie over {np}: de voorbereiding, het onderzoek zelf en wat u daarna mag doen.", "Information about {np}: the preparation, the test itself and what you can do afterwards.")],
    "treatment": [("U krijgt {np}. Lees waarom, hoe de behandeling gaat en welke bijwerkingen u kunt krijgen.", "You are going to have {np}. Read why, how the treatment works and which side effects you may get."),
                  ("Met {np} behandelen we klachten van {organ}. Lees hoe u zich voorbereidt en wat u daarna kunt verwachten.", "With {np} we treat problems affecting {organ}. Read how to prepare and what to expect afterwards."),
                  ("Informatie over {np}: de voorbereiding, de behandeling en het herstel.", "Information about {np}: the preparation, the treatment and recovery.")],
    "condition": [("Informatie over {np}: oorzaken, klachten, onderzoeken en behandelingen.", "Information about {np}: causes, symptoms, tests and treatments."),
                  ("Alles over {np}: hoe het ontstaat, hoe we het onderzoeken en wat u zelf kunt doen.", "All about {np}: how it develops, how we investigate it and what you can do yourself.")],
    "aftercare": [("Wat kunt u verwachten in de weken na {tnp}? Met tips voor thuis en wanneer u ons belt.", "What can you expect in the weeks after {tnp}? With tips for home and when to call us."),
                  ("Adviezen voor thuis na {tnp}: wondzorg, pijn, bewegen en controles.", "Advice for home after {tnp}: wound care, pain, exercise and check-ups.")],
    "general": [("Informatie en tips over {np}. Wat u zelf kunt doen en waar u terechtkunt met vragen.", "Information and tips about {np}. What you can do yourself and where to go with questions."),
                ("Praktische informatie over {np}, met adviezen van de afdeling {dept}.", "Practical information about {np}, with advice from the {dept} department.")],
}
TYPE_WORDS = {"exam": ("onderzoek", "test", "فحص"), "treatment": ("behandeling", "treatment", "علاج"), "condition": ("aandoening", "condition", "مرض"),
              "aftercare": ("nazorg", "aftercare", "رعاية بعد العلاج"), "general": ("informatie", "information", "معلومات")}

# Arabic: simple, not parallel to the Dutch text.
AR_SENTENCES = {
    "intro": ["تشرح هذه النشرة {title}.", "اقرأ هذه المعلومات بهدوء قبل موعدك.", "يمكنك أن تحضر معك شخصاً تعرفه جيداً.",
              "سيشرح لك الطبيب ما سيحدث.", "هذه المعلومات عامة وقد يكون وضعك مختلفاً.", "يعمل فريق قسم {dept} معك خطوة بخطوة."],
    "prep": ["لا تأكل ولا تشرب قبل الموعد بـ {n} ساعات.", "أحضر قائمة بأدويتك.", "أحضر بطاقة الهوية وبطاقة التأمين الصحي.",
             "أخبرنا إذا كنت حاملاً أو لديك حساسية.", "لا تقد السيارة بنفسك بعد التخدير.", "إذا لم تستطع الحضور، اتصل بنا قبل 24 ساعة على الأقل.",
             "تعال إلى قسم {dept} قبل الموعد بـ 15 دقيقة."],
    "during": ["يستغرق الفحص حوالي {n} دقيقة.", "ستبقى على اتصال بالممرضة طوال الوقت.", "أخبرنا فوراً إذا شعرت بتوعك.",
               "يمكن لمرافقك الانتظار في غرفة الانتظار.", "ستحصل على تخدير موضعي إذا لزم الأمر."],
    "after": ["بعد العلاج يمكنك العودة إلى المنزل في نفس اليوم غالباً.", "من الطبيعي أن تشعر بالتعب لبضعة أيام.", "اشرب الكثير من الماء بعد الفحص.",
              "سيناقش الطبيب النتيجة معك في الموعد القادم.", "استرح جيداً ولا تحمل أشياء ثقيلة.", "ستحصل على موعد للمتابعة بعد {n} أسابيع.",
              "تناول الطعام الصحي ومارس الرياضة بانتظام.", "التوقف عن التدخين مفيد لصحتك."],
    "contact": ["إذا كانت لديك أسئلة، اتصل بقسم {dept} على الرقم {phone}.", "في حالة الطوارئ اتصل بالرقم 112.", "يمكنك طلب مترجم عند حجز الموعد."],
}
AR_LIST = ["بطاقة الهوية", "قائمة الأدوية", "نظارتك", "ملابس مريحة", "شيء للأكل والشرب", "رسالة الموعد", "بطاقة التأمين الصحي"]
AR_HEADINGS = {"intro": "معلومات عامة", "prep": "التحضير", "bring": "ماذا تحضر معك؟", "during": "ماذا يحدث؟", "after": "بعد ذلك",
               "contact": "هل لديك أسئلة؟"}
AR_SUMMARIES = ["معلومات للمرضى عن {title}. اقرأ كيف تستعد وماذا تتوقع.", "نشرة عن {title}: التحضير والعلاج وما بعده.",
                "كل ما تحتاج معرفته عن {title} في قسم {dept}."]

# --------------------------------------------------------------------------------------------------------------
# Helpers
# --------------------------------------------------------------------------------------------------------------

WORD = re.compile(r"[^\W\d_][\w'’-]*")
LINK_TARGET = re.compile(r"\]\([^)]*\)")


def count_words(text: str) -> int:
    return len(WORD.findall(LINK_TARGET.sub("]", text)))


def slug(text: str) -> str:
    s = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii").lower()
    s = s.replace("'", "")
    return re.sub(r"[^a-z0-9]+", "-", s).strip("-") or "leaflet"


_PLAIN = re.compile(r"[^\s\-?:,\[\]{}#&*!|>'\"%@`][^:#,\[\]{}\"\n]*")
_SPECIAL = re.compile(r"[-+]?[\d.:_-]+|true|false|yes|no|y|n|null|on|off|~", re.IGNORECASE)


def yaml_scalar(value) -> str:
    if isinstance(value, int):
        return str(value)
    s = str(value)
    if _PLAIN.fullmatch(s) and s == s.strip() and not _SPECIAL.fullmatch(s):
        return s
    return '"' + s.replace("\\", "\\\\").replace('"', '\\"') + '"'


def yaml_list(values) -> str:
    return "[" + ", ".join(yaml_scalar(v) for v in values) + "]"


def add_years(d: datetime.date, years: int) -> datetime.date:
    try:
        return d.replace(year=d.year + years)
    except ValueError:  # 29 February
        return d.replace(year=d.year + years, day=28)


class Subject:
    def __init__(self, kind, dept, title, np, term, cond, treat):
        self.kind = kind
        self.dept = dept
        self.title = title    # {lang: title}
        self.np = np          # {lang: how the subject reads inside a sentence}
        self.term = term      # the exam/treatment/condition the leaflet is about, if any
        self.cond = cond      # a condition the text can mention
        self.treat = treat    # a treatment the text can mention (aftercare: the one it is about)


def subject_pools(rng: random.Random):
    """Every leaflet subject the vocabulary can make, by type, each pool in a seeded random order."""
    pools = {k: [] for k, _ in TYPE_WEIGHTS}

    def variant(base: dict, qual) -> dict:
        return {"nl": base["nl"] + qual[0], "en": base["en"] + qual[1], "ar": base["ar"] + qual[2]}

    for d in DEPARTMENTS:
        for term in d["exams"]:
            for q in EXAM_QUALIFIERS:
                pools["exam"].append(Subject("exam", d, variant(term.title, q), variant(term.np, q), term, None, None))
        for term in d["treatments"]:
            for q in TREATMENT_QUALIFIERS:
                pools["treatment"].append(Subject("treatment", d, variant(term.title, q), variant(term.np, q), term, None, term))
            for tpl in AFTERCARE_TITLES:
                title = {lang: cap(tpl[i].format(t=term.np[lang])) for i, lang in enumerate(("nl", "en", "ar"))}
                pools["aftercare"].append(Subject("aftercare", d, title, {k: lc(v) for k, v in title.items()}, term, None, term))
            for tpl in GENERAL_TREATMENT_TITLES:
                title = {lang: cap(tpl[i].format(t=term.np[lang])) for i, lang in enumerate(("nl", "en", "ar"))}
                pools["general"].append(Subject("general", d, title, {k: lc(v) for k, v in title.items()}, None, None, term))
        for term in d["conditions"]:
            for q in CONDITION_QUALIFIERS:
                pools["condition"].append(Subject("condition", d, variant(term.title, q), variant(term.np, q), term, term, None))
            for tpl in GENERAL_CONDITION_TITLES:
                title = {lang: cap(tpl[i].format(c=term.np[lang])) for i, lang in enumerate(("nl", "en", "ar"))}
                pools["general"].append(Subject("general", d, title, {k: lc(v) for k, v in title.items()}, None, term, None))
        for tpl in GENERAL_DEPARTMENT_TITLES:
            names = {"nl": d["nl"], "en": d["en"], "ar": d["ar"]}
            title = {lang: cap(tpl[i].format(d=names[lang])) for i, lang in enumerate(("nl", "en", "ar"))}
            pools["general"].append(Subject("general", d, title, {k: lc(v) for k, v in title.items()}, None, None, None))
    for pool in pools.values():
        rng.shuffle(pool)
    return pools


def choose_subjects(n: int, seed) -> list[Subject]:
    rng = random.Random(f"{seed}/subjects")
    chosen = []
    part = 1
    pools = subject_pools(random.Random(f"{seed}/pools/1"))
    kinds = [k for k, _ in TYPE_WEIGHTS]
    weights = [w for _, w in TYPE_WEIGHTS]
    while len(chosen) < n:
        available = [(k, w) for k, w in zip(kinds, weights) if pools[k]]
        if not available:  # every subject used: start again with "part 2" titles
            part += 1
            pools = subject_pools(random.Random(f"{seed}/pools/{part}"))
            continue
        kind = rng.choices([k for k, _ in available], [w for _, w in available])[0]
        s = pools[kind].pop()
        if part > 1:
            s = Subject(s.kind, s.dept, {lang: t + PART[lang].format(n=part) for lang, t in s.title.items()}, s.np, s.term, s.cond, s.treat)
        chosen.append(s)
    return chosen


# --------------------------------------------------------------------------------------------------------------
# Leaflets
# --------------------------------------------------------------------------------------------------------------


class Leaflet:
    def __init__(self, index, subject: Subject, leaflet_id: str, code: str):
        self.index = index
        self.subject = subject
        self.id = leaflet_id
        self.code = code
        self.dept = subject.dept
        self.kind = subject.kind
        self.title = subject.title


# Where extra text goes when a section's own sentences are used up (never the same sentence twice in a leaflet).
FALLBACK_POOLS = {
    "exam": ["generic", "prep", "during", "after", "results", "why_exam", "practical", "medicines"],
    "treatment": ["generic", "prep", "during", "after", "recovery", "risks", "why_treatment", "medicines", "practical"],
    "condition": ["generic", "living", "what_is", "causes", "symptoms", "treatments", "tests", "emotions", "support", "food", "exercise"],
    "aftercare": ["generic", "recovery", "after", "living", "medicines", "exercise", "food", "work", "support"],
    "general": ["generic", "living", "support", "emotions", "practical", "food", "exercise", "work", "medicines"],
}
MAX_WORDS = 895


class BodyWriter:
    """Builds one leaflet's body as blocks holding the text in Dutch and English at once."""

    def __init__(self, leaflet: Leaflet, corpus: "Corpus", rng: random.Random):
        self.l = leaflet
        self.c = corpus
        self.rng = rng
        self.blocks = []
        self.words = 0
        self.used = set()  # Dutch templates already used in this leaflet
        d = leaflet.dept
        s = leaflet.subject
        # {exam} and {treat} name something else than the leaflet itself (aftercare: the treatment it is about)
        exam = rng.choice([e for e in d["exams"] if e is not s.term] or d["exams"])
        if leaflet.kind in ("aftercare", "general") and s.treat:
            treat = s.treat
        else:
            treat = rng.choice([t for t in d["treatments"] if t is not s.term] or d["treatments"])
        cond = s.cond or rng.choice(d["conditions"])
        organ = rng.choice(d["organs"])
        act = ("het onderzoek", "the test") if leaflet.kind == "exam" else ("de behandeling", "the treatment")
        self.fixed = {
            "subj": {"nl": s.np["nl"], "en": s.np["en"]},
            "act": {"nl": act[0], "en": act[1]},
            "organ": {"nl": organ[0], "en": organ[1]},
            "cond": {"nl": cond.np["nl"], "en": cond.np["en"]},
            "exam": {"nl": exam.np["nl"], "en": exam.np["en"]},
            "treat": {"nl": treat.np["nl"], "en": treat.np["en"]},
            "dept": {"nl": d["nl"], "en": d["en"]},
            "doctor": {"nl": d["doctor"][0], "en": d["doctor"][1]},
            "phone": {"nl": d["phone"], "en": d["phone"]},
            "email": {"nl": d["email"], "en": d["email"]},
            "hours": {"nl": d["hours"]["nl"], "en": d["hours"]["en"]},
            "main_phone": {"nl": corpus.main_phone, "en": corpus.main_phone},
        }

    # -- slot filling ------------------------------------------------------------------------------------------
    def fill(self, pair, capitalise=True) -> dict:
        rng = self.rng
        values = {}
        text = " ".join(pair)
        for name, value in self.fixed.items():
            if "{" + name + "}" in text:
                values[name] = value
        if "{symptom" in text:
            a, b = rng.sample(SYMPTOMS, 2)
            values["symptom"] = {"nl": a[0], "en": a[1]}
            values["symptom2"] = {"nl": b[0], "en": b[1]}
        if "{medicine}" in text:
            m = rng.choice(MEDICINES)
            values["medicine"] = {"nl": m[0], "en": m[1]}
        if "{staff}" in text:
            st = rng.choice(STAFF + [self.l.dept["doctor"][:2]])
            values["staff"] = {"nl": st[0], "en": st[1]}
        for name, (lo, hi, step) in {"h": (2, 8, 1), "d": (2, 14, 1), "w": (2, 8, 1), "min": (10, 90, 5),
                                     "n": (20, 500, 10), "kg": (3, 10, 1)}.items():
            if "{" + name + "}" in text:
                v = str(rng.randrange(lo, hi + 1, step))
                values[name] = {"nl": v, "en": v}
        out = {}
        for i, lang in enumerate(("nl", "en")):
            s = pair[i].format(**{k: v[lang] for k, v in values.items()})
            out[lang] = cap(s) if capitalise else s
        return out

    def pick(self, pool_name, k, fallback=True):
        """Up to k sentences not yet used in this leaflet, in pool order: from the pool, or else from the first
        fallback pool that has any left. Empty when everything is used."""
        names = [pool_name] + (FALLBACK_POOLS[self.l.kind] if fallback else [])
        for name in names:
            pool = P[name]
            fresh = [i for i in range(len(pool)) if pool[i][0] not in self.used]
            if fresh:
                chosen = sorted(self.rng.sample(fresh, min(k, len(fresh))))
                for i in chosen:
                    self.used.add(pool[i][0])
                return [self.fill(pool[i]) for i in chosen]
        return []

    # -- blocks ------------------------------------------------------------------------------------------------
    @staticmethod
    def count(text: dict) -> int:
        """Words of a block: its longest language counts, so every language stays within the limits."""
        return max(count_words(t) for t in text.values())

    def _add(self, block, text: dict):
        self.blocks.append(block)
        self.words += self.count(text)

    def heading(self, level, variants_key=None, pair=None):
        pair = pair or self.rng.choice(HEADINGS[variants_key])
        text = self.fill(pair)
        self._add(("h", level, text), text)

    def make_para(self, sentences):
        if self.rng.random() < 0.06 and len(sentences) > 1:  # an emphasised first sentence now and then
            text = {lang: "**" + sentences[0][lang] + "** " + " ".join(s[lang] for s in sentences[1:]) for lang in ("nl", "en")}
        else:
            text = {lang: " ".join(s[lang] for s in sentences) for lang in ("nl", "en")}
        return ("p", text), self.count(text)

    def para(self, sentences):
        if sentences:
            block, words = self.make_para(sentences)
            self.blocks.append(block)
            self.words += words

    def para_from(self, pool_name, lo=2, hi=4):
        self.para(self.pick(pool_name, self.rng.randint(lo, hi)))

    def bullets(self, items, ordered=False):
        self._add(("list", ordered, items), {lang: " ".join(i[lang] for i in items) for lang in ("nl", "en")})

    def list_from(self, key, lo, hi, ordered=False, capitalise=False):
        pool = LIST_ITEMS[key] if key in LIST_ITEMS else P[key]
        k = min(len(pool), self.rng.randint(lo, hi))
        idx = sorted(self.rng.sample(range(len(pool)), k))
        if pool is not LIST_ITEMS.get(key):
            for i in idx:
                self.used.add(pool[i][0])
        self.bullets([self.fill(pool[i], capitalise) for i in idx], ordered)

    def symptom_list(self, lo=3, hi=6):
        items = self.rng.sample(SYMPTOMS, self.rng.randint(lo, hi))
        self.bullets([{"nl": a, "en": b} for a, b in items])

    def table(self, key):
        head_nl, head_en, rows = TABLES[key]
        if key == "side_effects":
            rows = [rows[i] for i in sorted(self.rng.sample(range(len(rows)), self.rng.randint(3, 6)))]
        ncol = len(head_nl)
        filled = []
        for row in rows:
            cells = [self.fill((row[i], row[ncol + i]), capitalise=False) for i in range(ncol)]
            filled.append({lang: [c[lang] for c in cells] for lang in ("nl", "en")})
        header = {"nl": list(head_nl), "en": list(head_en)}
        self._add(("table", header, filled), {lang: " ".join(" ".join(r[lang]) for r in filled) + " " + " ".join(header[lang]) for lang in ("nl", "en")})

    def alert(self, kinds=None):
        options = [a for a in ALERTS if (kinds is None or a[0] in kinds) and a[1] not in self.used]
        if not options:
            return
        kind, nl, en = self.rng.choice(options)
        self.used.add(nl)
        text = self.fill((nl, en))
        self._add(("alert", kind, text), text)

    def link_sentence(self, target: Leaflet):
        nl, en = self.rng.choice(LINK_SENTENCES)
        text = {"nl": nl.format(t=target.title["nl"], id=target.id), "en": en.format(t=target.title["en"], id=target.id)}
        self._add(("p", text), text)

    def cards(self, targets):
        for t in targets:
            self._add(("card", t.id), {"nl": ""})

    def faq(self, k):
        fresh = [i for i in range(len(FAQ)) if FAQ[i][0] not in self.used]
        for i in sorted(self.rng.sample(fresh, min(k, len(fresh)))):
            qn, an, qe, ae = FAQ[i]
            self.used.add(qn)
            q = self.fill((qn, qe))
            self._add(("h", 3, q), q)
            a = self.fill((an, ae))
            self._add(("p", a), a)

    # -- the whole body ----------------------------------------------------------------------------------------
    def write(self, target_words: int):
        rng = self.rng
        kind = self.l.kind
        fillers = []  # (position in blocks where a paragraph may go, pool)
        faq_size = 2 + max(0, target_words - 300) // 200

        def section(key, pool, body):
            self.heading(2, key)
            body()
            fillers.append((len(self.blocks), pool))

        self.para(self.pick("intro_" + kind, rng.randint(2, 4), fallback=False))
        if kind == "exam":
            section("why_exam", "why_exam", lambda: self.para_from("why_exam"))
            self.prep_section()
            fillers.append((len(self.blocks), "prep"))

            def during():
                self.list_from("steps_exam", 4, 7, ordered=True, capitalise=True)
                self.para_from("during", 1, 3)
            section("during_exam", "during", during)

            def after():
                self.para_from("after")
                if rng.random() < 0.5:
                    self.alert(["WARNING", "CAUTION", "NOTE"])
            section("after", "after", after)
            section("results", "results", lambda: (self.para_from("results"), self.maybe_link()))
            if rng.random() < 0.3:
                self.heading(2, "faq")
                self.faq(faq_size - 1)
        elif kind == "treatment":
            section("why_treatment", "why_treatment", lambda: self.para_from("why_treatment"))
            self.prep_section()
            fillers.append((len(self.blocks), "prep"))

            def during():
                self.list_from("steps_treatment", 4, 7, ordered=True, capitalise=True)
                self.para_from("during", 1, 2)
            section("during_treatment", "during", during)

            def risks():
                self.para_from("risks", 1, 2)
                self.list_from("risks", 3, 5)
                if rng.random() < 0.35:
                    self.table("side_effects")
            section("risks", "risks", risks)
            section("after", "recovery", lambda: (self.para_from("after"), self.maybe_link(["aftercare", "general"])))
            if rng.random() < 0.4:
                self.heading(2, "faq")
                self.faq(faq_size)
        elif kind == "condition":
            section("what_is", "what_is", lambda: self.para_from("what_is"))
            section("causes", "causes", lambda: self.para_from("causes"))

            def symptoms():
                self.para_from("symptoms", 1, 2)
                self.symptom_list()
            section("symptoms", "symptoms", symptoms)

            def tests():
                self.para_from("tests", 1, 2)
                self.cards(self.c.related(self.l, ["exam"], rng.randint(1, 4), rng))
            section("tests", "tests", tests)

            def treatments():
                self.para_from("treatments", 1, 2)
                self.cards(self.c.related(self.l, ["treatment"], rng.randint(1, 4), rng))
            section("treatments", "treatments", treatments)
            if rng.random() < 0.5:
                section("living", "living", lambda: (self.para_from("living"), self.maybe_link(["general", "aftercare"])))
            if rng.random() < 0.6:
                self.heading(2, "faq")
                self.faq(faq_size)
        elif kind == "aftercare":
            def recovery():
                self.para_from("recovery", 2, 3)
                if rng.random() < 0.5:
                    self.table("recovery")
            section("recovery", "recovery", recovery)
            section("wound", "after", lambda: self.list_from("wound", 3, 6))

            def call():
                self.para(self.pick("call_intro", 1, fallback=False))
                self.list_from("call", 3, 6)
                self.alert(["WARNING"])
            section("call", "after", call)
            section("followup", "results", lambda: (self.para_from("results", 1, 2), self.maybe_link(["treatment", "condition"])))
            if rng.random() < 0.3:
                self.heading(2, "faq")
                self.faq(faq_size - 1)
        else:  # general
            for nl, en, pool in rng.sample(HEADINGS["general_topics"], rng.randint(3, 5)):
                self.heading(2, pair=(nl, en))
                self.para_from(pool, 2, 4)
                if rng.random() < 0.35:
                    self.list_from("bring" if pool == "practical" else "tips", 3, 5)
                fillers.append((len(self.blocks), pool))
            self.maybe_link(None)
            if rng.random() < 0.4:
                self.heading(2, "faq")
                self.faq(faq_size - 1)
        if rng.random() < 0.35:
            self.alert()
        if rng.random() < 0.1:
            nl, en = rng.choice(EXTERNAL_LINKS)
            self._add(("p", {"nl": nl, "en": en}), {"nl": nl, "en": en})
        # no "Vragen?" heading: every page ends with the contact box (pil check warns about such a section)
        contact = P["contact"]
        rest = sorted(rng.sample(range(1, len(contact)), rng.randint(0, len(contact) - 1)))
        self.para([self.fill(contact[i]) for i in [0] + rest])

        # Grow towards the target length with extra paragraphs at the end of existing sections, inserted from the
        # back so that the recorded positions stay valid.
        extra = []
        while self.words < target_words and fillers:
            at, pool = rng.choice(fillers)
            sentences = self.pick("generic" if rng.random() < 0.15 else pool, rng.randint(2, 4))
            if not sentences:
                break
            block, words = self.make_para(sentences)
            if self.words + words > MAX_WORDS:
                break
            self.words += words
            extra.append((at, block))
        for at, block in sorted(extra, key=lambda e: -e[0]):
            self.blocks.insert(at, block)
        return self.blocks

    def prep_section(self):
        rng = self.rng
        self.heading(2, "prep")
        self.para_from("prep", 1, 3)
        if rng.random() < 0.7:
            self.heading(3, "prep_medicines")
            self.list_from("medicines", 2, 4)
        if rng.random() < 0.5:
            self.heading(3, "prep_food")
            self.para_from("prep", 1, 2)
            if rng.random() < 0.3:
                self.table("timeline")
        if rng.random() < 0.5:
            self.heading(3, "prep_bring")
            self.list_from("bring", 3, 6)
        if rng.random() < 0.4:
            self.alert(["IMPORTANT", "NOTE", "TIP"])

    def maybe_link(self, kinds=("exam", "treatment", "condition", "aftercare", "general"), p=0.75):
        if self.rng.random() < p:
            for t in self.c.related(self.l, kinds, 1, self.rng):
                self.link_sentence(t)


def render_body(blocks, lang) -> str:
    out = []
    for b in blocks:
        kind = b[0]
        if kind == "h":
            out.append("#" * b[1] + " " + b[2][lang])
        elif kind == "p":
            out.append(b[1][lang])
        elif kind == "list":
            ordered, items = b[1], b[2]
            out.append("\n".join((f"{i}. " if ordered else "- ") + item[lang] for i, item in enumerate(items, 1)))
        elif kind == "table":
            header, rows = b[1][lang], b[2]
            lines = ["| " + " | ".join(header) + " |", "|" + "---|" * len(header)]
            lines += ["| " + " | ".join(r[lang]) + " |" for r in rows]
            out.append("\n".join(lines))
        elif kind == "alert":
            out.append(f"> [!{b[1]}]\n> " + b[2][lang])
        elif kind == "card":
            out.append(f"[[{b[1]}]]")
    return "\n\n".join(out) + "\n"


def arabic_body(leaflet: Leaflet, corpus: "Corpus", rng: random.Random) -> str:
    d = leaflet.dept
    values = {"title": leaflet.title["ar"], "dept": d["ar"], "phone": d["phone"]}

    def sentences(key, k):
        chosen = rng.sample(AR_SENTENCES[key], min(k, len(AR_SENTENCES[key])))
        return " ".join(s.format(n=rng.randint(2, 8) if key != "during" else rng.randrange(10, 95, 5), **values) for s in chosen)

    out = [sentences("intro", rng.randint(2, 4))]
    if leaflet.kind in ("exam", "treatment"):
        out += ["## " + AR_HEADINGS["prep"], sentences("prep", rng.randint(2, 4))]
        if rng.random() < 0.6:
            out += ["### " + AR_HEADINGS["bring"], "\n".join("- " + i for i in rng.sample(AR_LIST, rng.randint(3, 5)))]
        out += ["## " + AR_HEADINGS["during"], sentences("during", rng.randint(2, 4))]
    out += ["## " + AR_HEADINGS["after"], sentences("after", rng.randint(3, 5))]
    if rng.random() < 0.4:
        out.append("> [!WARNING]\n> " + "إذا كانت لديك حمى أو ألم شديد، اتصل بالقسم فوراً.")
    targets = corpus.related(leaflet, None, 1, rng)
    if targets and rng.random() < 0.5:
        out.append(f"اقرأ أيضاً: [{targets[0].title['ar']}]({targets[0].id})")
    out += [sentences("contact", rng.randint(1, 3))]
    return "\n\n".join(out) + "\n"


class Corpus:
    def __init__(self, n, languages, seed, translated):
        self.n = n
        self.languages = languages
        self.text_languages = [lang for lang in languages if lang in ("nl", "en")]
        self.seed = seed
        self.translated = translated
        self.main_phone = "+31 40 555 00 00"
        rng = random.Random(f"{seed}/departments")
        self.departments = []
        for i, d in enumerate(DEPARTMENTS):
            d = dict(d)
            d["phone"] = f"+31 40 555 {10 + i:02d} {rng.randrange(10, 100, 10):02d}"
            d["email"] = d["mail"] + "@maasoever.example"
            d["hours"] = rng.choice(HOURS)
            self.departments.append(d)
        by_id = {d["id"]: d for d in self.departments}
        subjects = choose_subjects(n, seed)
        code_rng = random.Random(f"{seed}/codes")
        counters = {d["id"]: code_rng.randint(1, 40) for d in self.departments}
        seen = set()
        self.leaflets = []
        for i, s in enumerate(subjects):
            s.dept = by_id[s.dept["id"]]
            base = slug(s.title["en"])
            leaflet_id, k = base, 1
            while leaflet_id in seen:
                k += 1
                leaflet_id = f"{base}-{k}"
            seen.add(leaflet_id)
            number = counters[s.dept["id"]]
            counters[s.dept["id"]] += code_rng.randint(1, 6)
            self.leaflets.append(Leaflet(i, s, leaflet_id, f"{s.dept['prefix']}-{number:04d}"))
        self.by_dept_kind = {}
        for leaflet in self.leaflets:
            self.by_dept_kind.setdefault((leaflet.dept["id"], leaflet.kind), []).append(leaflet)
        self.by_kind = {}
        for leaflet in self.leaflets:
            self.by_kind.setdefault(leaflet.kind, []).append(leaflet)
        # which leaflets get their non-source translations
        n_translated = round(n * translated)
        order = list(range(n))
        random.Random(f"{seed}/translated").shuffle(order)
        self.has_translations = set(order[:n_translated])

    def related(self, leaflet: Leaflet, kinds, k, rng) -> list[Leaflet]:
        """Up to k other leaflets, preferably of the same department, of the given kinds (None: any)."""
        kinds = kinds or [kk for kk, _ in TYPE_WEIGHTS]
        candidates = [x for kind in kinds for x in self.by_dept_kind.get((leaflet.dept["id"], kind), []) if x is not leaflet]
        if len(candidates) < k:
            candidates += [x for kind in kinds for x in self.by_kind.get(kind, []) if x is not leaflet and x not in candidates][: 50]
        if not candidates:
            return []
        return rng.sample(candidates, min(k, len(candidates)))

    # -- files ------------------------------------------------------------------------------------------------
    def site_yaml(self) -> str:
        names = {"nl": "Voorbeeldziekenhuis Maasoever", "en": "Maasoever Example Hospital", "ar": "مستشفى ماسأوفر النموذجي"}
        lines = ["# Synthetic benchmark corpus made by scripts/generate-corpus.py: fictional hospital, not medical advice.", "name:"]
        lines += [f"  {lang}: {yaml_scalar(names[lang])}" for lang in self.languages]
        lines += ["base-url: https://folders.maasoever.example/",
                  "languages: " + yaml_list(self.languages),
                  "contact:",
                  f"  phone: {yaml_scalar(self.main_phone)}",
                  '  emergency: "112"',
                  "  email: info@maasoever.example",
                  f"  address: {yaml_scalar('Rivierweg 1, 5600 AA Eindhoven')}",
                  "departments:"]
        for d in self.departments:
            lines.append(f"  {d['id']}:")
            lines.append("    name: {" + ", ".join(f"{lang}: {yaml_scalar(d[lang])}" for lang in self.languages) + "}")
            lines.append(f"    phone: {yaml_scalar(d['phone'])}")
            lines.append(f"    email: {d['email']}")
            lines.append("    hours: {" + ", ".join(f"{lang}: {yaml_scalar(cap(d['hours'][lang]))}" for lang in self.languages) + "}")
        return "\n".join(lines) + "\n"

    def files(self):
        """Yields (relative path, text) for every leaflet file."""
        source = self.languages[0]
        for leaflet in self.leaflets:
            rng = random.Random(f"{self.seed}/leaflet/{leaflet.index}")
            meta_rng = random.Random(f"{self.seed}/meta/{leaflet.index}")
            target = rng.randint(320, 880)
            blocks = BodyWriter(leaflet, self, rng).write(target) if self.text_languages else []
            meta = self.source_meta(leaflet, meta_rng)
            for lang in self.languages:
                if lang != source and leaflet.index not in self.has_translations:
                    continue
                if lang == "ar":
                    body = arabic_body(leaflet, self, random.Random(f"{self.seed}/ar/{leaflet.index}"))
                else:
                    body = render_body(blocks, lang)
                fm = meta if lang == source else self.translation_meta(leaflet, meta, lang, meta_rng)
                text = "---\n" + "".join(f"{k}: {v}\n" for k, v in fm) + "---\n" + body
                yield f"{leaflet.dept['id']}/{leaflet.id}/{lang}.md", text

    def summary(self, leaflet: Leaflet, lang: str, rng) -> str:
        s = leaflet.subject
        if lang == "ar":
            return rng.choice(AR_SUMMARIES).format(title=leaflet.title["ar"], dept=leaflet.dept["ar"])
        li = 0 if lang == "nl" else 1
        organ = rng.choice(leaflet.dept["organs"])[li]
        tnp = (s.treat.np[lang] if s.treat else s.np[lang])
        text = rng.choice(SUMMARIES[leaflet.kind])[li].format(np=s.np[lang], organ=organ, tnp=tnp, dept=leaflet.dept[lang])
        return cap(text)[:250]

    def keywords(self, leaflet: Leaflet, lang: str, rng) -> list[str]:
        s = leaflet.subject
        li = {"nl": 0, "en": 1, "ar": 2}[lang]
        words = []
        if s.term:
            words.append(lc(s.term.title[lang]) if lang != "ar" else s.term.title["ar"])
        if s.cond and s.cond is not s.term:
            words.append(s.cond.np[lang])
        if s.treat and s.treat is not s.term:
            words.append(s.treat.np[lang])
        organ = rng.choice(leaflet.dept["organs"])[li]
        words.append(re.sub(r"^(de|het|the) ", "", organ))
        words.append(TYPE_WORDS[leaflet.kind][li])
        words.append(leaflet.dept[lang] if lang == "ar" else lc(leaflet.dept[lang]))
        if lang != "ar":
            words += [sy[li] for sy in rng.sample(SYMPTOMS, rng.randint(0, 2))]
        out, seen = [], set()
        for w in words:
            if w.lower() not in seen:
                seen.add(w.lower())
                out.append(w)
        return out

    def source_meta(self, leaflet: Leaflet, rng) -> list:
        lang = self.languages[0]
        d = leaflet.dept
        reviewed = datetime.date(2025, 1, 1) + datetime.timedelta(days=rng.randint(0, 540))
        due = add_years(reviewed, rng.choice([2, 3, 3]))
        if due <= datetime.date(2027, 6, 30):
            due = add_years(reviewed, 3)
        li = {"nl": 0, "en": 1, "ar": 2}[lang]
        dept_name = d[lang]
        if rng.random() < 0.6:
            authors = [{"nl": f"Afdeling {dept_name}", "en": f"{dept_name} department", "ar": f"قسم {dept_name}"}[lang]]
        else:
            authors = [f"{rng.choice(INITIALS)}. {rng.choice(SURNAMES)}" for _ in range(rng.randint(1, 2))]
        meta = [("type", leaflet.kind),
                ("title", yaml_scalar(leaflet.title[lang])),
                ("summary", yaml_scalar(self.summary(leaflet, lang, rng))),
                ("code", leaflet.code),
                ("department", d["id"]),
                ("reviewed", reviewed.isoformat()),
                ("review-due", due.isoformat()),
                ("authors", yaml_list(authors))]
        if rng.random() < 0.7:
            role = d["doctor"][2] if li == 0 else d["doctor"][1].removeprefix("the ")
            reviewers = [f"dr. {rng.choice(INITIALS)}. {rng.choice(SURNAMES)}, {role}"]
            if rng.random() < 0.3:
                reviewers.append(f"{rng.choice(INITIALS)}. {rng.choice(SURNAMES)}, " + ("verpleegkundig specialist" if li == 0 else "nurse specialist"))
            meta.append(("reviewers", yaml_list(reviewers)))
        related = self.related(leaflet, None, rng.randint(0, 4), rng)
        if related:
            meta.append(("related", yaml_list([r.id for r in related])))
        meta.append(("keywords", yaml_list(self.keywords(leaflet, lang, rng))))
        if leaflet.kind == "exam":
            # every exam leaflet asks for some preparation (fasting, medicines): pil check holds it to prepare-days
            # (the longest the texts ask: stop some medicines two days before)
            days = rng.choice([0, 1, 1, 2, 3, 5, 7, 14]) if rng.random() < 0.5 else 2
            meta.append(("prepare-days", max(2, days)))
        return meta

    def translation_meta(self, leaflet: Leaflet, source_meta: list, lang: str, rng) -> list:
        src = dict(source_meta)
        meta = [("type", leaflet.kind),
                ("title", yaml_scalar(leaflet.title[lang])),
                ("summary", yaml_scalar(self.summary(leaflet, lang, rng)))]
        if lang != "ar" and rng.random() < 0.6:
            meta += [("code", src["code"]), ("department", src["department"])]
        meta.append(("keywords", yaml_list(self.keywords(leaflet, lang, rng))))
        if "prepare-days" in src and rng.random() < (0.8 if lang != "ar" else 0.3):
            meta.append(("prepare-days", src["prepare-days"]))
        return meta


def readme(args, languages) -> str:
    return (
        "# Synthetic Pil corpus\n\n"
        "Generated by `scripts/generate-corpus.py` for benchmarks. The hospital, people and texts are fictional;\n"
        "the texts are generated from templates and are **not medical advice**.\n\n"
        f"    python3 scripts/generate-corpus.py --leaflets {args.leaflets} --languages {','.join(languages)} "
        f"--seed {args.seed} --translated {args.translated}\n"
    )


def main(argv=None) -> int:
    parser = argparse.ArgumentParser(description="Generate a synthetic Pil content folder (deterministic for a seed).")
    parser.add_argument("--leaflets", type=int, default=2000, help="number of leaflets (default: 2000)")
    parser.add_argument("--languages", default="nl,en", help="comma-separated site languages, first = source; from nl, en, ar (default: nl,en)")
    parser.add_argument("--seed", default="42", help="random seed (default: 42)")
    parser.add_argument("--translated", type=float, default=1.0,
                        help="fraction of leaflets that get the non-source languages (default: 1.0 = all)")
    parser.add_argument("--out", required=True, type=Path, help="output folder; must not exist or be empty (see --force)")
    parser.add_argument("--force", action="store_true", help="replace the output folder if it holds an earlier generated corpus")
    args = parser.parse_args(argv)

    languages = [x.strip() for x in args.languages.split(",") if x.strip()]
    bad = [x for x in languages if x not in SUPPORTED_LANGUAGES]
    if not languages or bad or len(set(languages)) != len(languages):
        parser.error(f"--languages: use distinct codes from {', '.join(SUPPORTED_LANGUAGES)} (got {args.languages!r})")
    if languages[0] == "ar":
        parser.error("--languages: the source language (first) must be nl or en")
    if args.leaflets < 1:
        parser.error("--leaflets must be at least 1")
    if not 0.0 <= args.translated <= 1.0:
        parser.error("--translated must be between 0 and 1")

    out: Path = args.out
    if out.exists() and any(out.iterdir()):
        if not args.force:
            print(f"generate-corpus: {out} exists and is not empty; pass --force to replace a generated corpus", file=sys.stderr)
            return 2
        if not (out / MARKER).is_file():
            print(f"generate-corpus: refusing to delete {out}: it has no {MARKER} file, so it was not made by this script", file=sys.stderr)
            return 2
        shutil.rmtree(out)
    out.mkdir(parents=True, exist_ok=True)

    corpus = Corpus(args.leaflets, languages, args.seed, args.translated)
    files = pages = words = 0
    folders = set()
    for rel, text in corpus.files():
        path = out / rel
        if path.parent not in folders:
            path.parent.mkdir(parents=True, exist_ok=True)
            folders.add(path.parent)
        path.write_bytes(text.encode("utf-8"))
        files += 1
        if rel.endswith("/" + languages[0] + ".md"):
            words += count_words(text.split("\n---\n", 1)[1])
    (out / "site.yaml").write_bytes(corpus.site_yaml().encode("utf-8"))
    (out / "README.md").write_bytes(readme(args, languages).encode("utf-8"))
    marker = {"generator": "scripts/generate-corpus.py", "version": GENERATOR_VERSION, "leaflets": args.leaflets,
              "languages": languages, "seed": args.seed, "translated": args.translated, "files": files}
    (out / MARKER).write_bytes((json.dumps(marker, indent=2, sort_keys=True) + "\n").encode("utf-8"))
    print(f"generate-corpus: {args.leaflets} leaflets, {files} files ({languages[0]} body: {words} words, "
          f"{words // max(1, args.leaflets)} on average) in {out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
