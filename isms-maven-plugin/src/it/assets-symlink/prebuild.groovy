// An insider commits src/isms/assets as a symbolic link to the build user's home; CI clones the repository.
import java.nio.file.Files

gitCommand = evaluate(new File(itSources, 'git-command.groovy'))

def home = new File(basedir, 'home')
new File(home, '.m2').mkdirs()
new File(home, '.m2/settings.xml').text = '<settings><servers><server><password>build-secret-4711</password></server></servers></settings>\n'
new File(home, 'key.png').text = 'build-secret-4711'

def origin = new File(basedir, 'origin')
def isms = new File(origin, 'src/isms')
new File(isms, 'documents').mkdirs()
new File(isms, 'isms.yaml').text = '''organization:
  name: Example Corp
framework: iso27001:2022
roles:
  CISO: [alice@example.com]
  CEO: [bob@example.com]
defaults:
  owner: CISO
  approvers: [CEO]
mandatoryDocuments: off
'''
new File(isms, 'documents/policy.md').text = '''---
id: POL-001
title: Configuration Policy
type: policy
version: "1.0"
---
# Configuration Policy

See [the configuration](/assets/.m2/settings.xml) and ![the key](/assets/key.png).
'''
Files.createSymbolicLink(new File(isms, 'assets').toPath(), home.toPath().toAbsolutePath())

new File(origin, 'target').mkdirs()
gitCommand(origin, [:], ['init', '-q', '-b', 'main'])
gitCommand(origin, [:], ['add', '-A'])
gitCommand(origin, [:], ['commit', '-q', '-m', 'Link the assets'])
new File(basedir, 'target').mkdirs()
gitCommand(basedir, [:], ['clone', '-q', origin.path, 'clone'])
assert Files.isSymbolicLink(new File(basedir, 'clone/src/isms/assets').toPath())
return true
