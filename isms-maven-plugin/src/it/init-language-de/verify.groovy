def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('BUILD FAILURE')

// isms:init wrote the German set: the same ids, in German, saying so in their front matter.
def policy = new File(basedir, 'src/isms/documents/policies/information-security-policy.md').text
assert policy.contains('id: POL-001')
assert policy.contains('title: Informationssicherheitsleitlinie')
assert policy.contains('language: de')
assert new File(basedir, 'src/isms/risks.yaml').text.contains('Fast sicher')
assert new File(basedir, 'src/isms/isms.yaml').text.contains('  language: de')

// The new ISMS passed isms:check with mandatory documents as errors, without a single warning.
assert log =~ /ISMS: 33 document\(s\), 0 error\(s\), 0 warning\(s\)/

// mvn site built its site in German: the site's own words, the SoA and the risk pages.
def site = new File(basedir, 'target/site/isms')
def dashboard = new File(site, 'index.html').text
assert dashboard.contains('<html lang="de"')
assert dashboard.contains('Übersicht')
def soa = new File(site, 'soa.html').text
assert soa.contains('<html lang="de"')
assert soa.contains('Erklärung zur Anwendbarkeit')
assert !soa.contains('Statement of Applicability')
def risks = new File(site, 'risks.html').text
assert risks.contains('Risikoregister und Risikobehandlungsplan')
assert !risks.contains('Treatment plan')

// No gaps: every applicable control of the German SoA names a document that implements it, and every
// mandatory piece of documented information is provided.
assert soa =~ /id="gaps-title">[^<]*<span class="count">0</span>/
assert dashboard =~ /Verpflichtende dokumentierte Information: (\d+) von \1 vorhanden/
assert dashboard.contains('Maßnahmenlücken: 0 von')
return true
