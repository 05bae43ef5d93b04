def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')

def site = new File(basedir, 'target/site/isms')
assert new File(site, 'index.html').text.contains('Report Corp')
assert new File(site, 'docs/POL-001/index.html').text.contains('Information Security Policy')
assert new File(site, 'register.csv').text.contains('POL-002,Access Control Policy')
assert new File(site, 'manifest.json').isFile()

// Project Reports lists the ISMS and links its dashboard.
def reports = new File(basedir, 'target/site/project-reports.html')
assert reports.isFile()
assert reports.text.contains('href="isms/index.html"')
return true
