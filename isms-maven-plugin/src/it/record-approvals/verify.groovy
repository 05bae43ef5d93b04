// Both runs are in build.log. The notes are read back with git itself.
def server = System.properties.remove('isms.it.fakeGitHub')
def requests = System.properties.remove('isms.it.fakeGitHub.requests')
server?.stop(0)
server?.executor?.shutdownNow()

gitCommand = evaluate(new File(itSources, 'git-command.groovy'))
def git(String... args) {
    gitCommand(basedir, [:], args.toList())
}
def commits = new Properties()
new File(basedir, 'target/commits.properties').withInputStream { commits.load(it) }

def log = new File(basedir, 'build.log').text
def token = 'ghp_itTokenThatMustNeverBePrinted'
assert !log.contains(token) : 'build.log shows the token'
assert !(log =~ /(?m)^\s+at [\w.$]+ ?\(/) : 'build.log holds a Java stack trace'
assert log.contains('[INFO] isms:record-approvals: 3 commit(s) of main examined')
assert log.contains("  ${commits.merge.take(12)} pull request #1 (https://github.example.com/org/isms/pull/1): 1 approval(s)")
assert log.contains("  ${commits.squash.take(12)} pull request #2 (https://github.example.com/org/isms/pull/2): 1 approval(s)")
assert log.contains("  ${commits.first.take(12)} no pull or merge request (a direct push): no note; Start")
assert log.contains('[INFO] isms:record-approvals wrote 2 note(s) to refs/notes/isms-approvals; push it: git push origin refs/notes/isms-approvals')
// The second run starts from the newest note and finds nothing new.
assert log.contains("[INFO] isms:record-approvals: 0 commit(s) of main since ${commits.squash.take(12)} (recorded before) examined")
assert log.contains('[INFO] isms:record-approvals: nothing to note; refs/notes/isms-approvals unchanged')
assert log.count('BUILD SUCCESS') == 3

// Every request carried the token in its header, and the rate-limited one was asked again.
assert requests.every { it.endsWith(' Bearer ' + token) }
assert requests.count { it.startsWith('/api/v3/repos/org/isms/pulls/1 ') } == 2

// One notes commit, on the merge and the squash commit only.
assert git('rev-list', '--count', 'refs/notes/isms-approvals').trim() == '1'
assert git('notes', '--ref=isms-approvals', 'list').readLines().collect { it.split(' ')[1] }.toSet() ==
        [commits.merge, commits.squash].toSet()
def note = new groovy.json.JsonSlurper().parseText(git('notes', '--ref=isms-approvals', 'show', commits.merge))
assert note.format == 'isms-approvals/1'
assert note.platform == 'github'
assert note.request == [number: 1, url: 'https://github.example.com/org/isms/pull/1', title: 'MFA for admins',
                        author: [login: 'carol-c', name: 'Carol Writer', email: null], headCommit: commits.head1,
                        mergedBy: [login: 'dave-d', name: 'Dave Dev', email: null], mergedAt: '2026-02-03T10:00:00Z']
assert note.approvedCommitKnown == true
assert note.approvals == [
        [login: 'bob-b', name: 'Bob Becker', email: 'bob@example.com', state: 'APPROVED', commit: commits.head1,
         at: '2026-02-03T09:30:00Z'],
        [login: 'erin-e', name: null, email: null, state: 'DISMISSED', commit: commits.head1, at: '2026-02-03T09:10:00Z']]
return true
