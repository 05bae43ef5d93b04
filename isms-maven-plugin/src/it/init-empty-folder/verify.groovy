def log = new File(basedir, 'build.log').text
assert log.contains('BUILD SUCCESS')
assert !log.contains('BUILD FAILURE')

// isms:init wrote the project around the ISMS, pinning this plugin and a site plugin that can run its report.
def pom = new File(basedir, 'pom.xml').text
assert pom.contains("<version>${projectVersion}</version>")
assert pom.contains('<artifactId>maven-site-plugin</artifactId>')
assert pom.contains('<version>3.21.0</version>')
assert new File(basedir, '.gitignore').text.contains('target/')
assert new File(basedir, '.mvn/jvm.config').text.contains('-XX:TieredStopAtLevel=1')
def config = new File(basedir, 'src/isms/isms.yaml').text
assert config.contains('CISO: [ciso@emptyfolder.example]')
assert config.contains('mandatoryDocuments: error')

// It told the user what to do next.
assert log.contains('Next steps:')
assert log.contains('git init -b main')

// The new ISMS passed isms:check, mandatory documents as errors, and mvn site built its site.
assert log =~ /ISMS: \d+ document\(s\), 0 error\(s\)/
assert new File(basedir, 'target/site/isms/index.html').exists()
assert new File(basedir, 'target/site/isms/soa.html').exists()
return true
