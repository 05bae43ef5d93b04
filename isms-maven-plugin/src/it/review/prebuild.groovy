// Makes a repository as a pull request finds it, with fixed identities and dates: main with two approved
// policies, the branch "change" that edits both (POL-001 with a new version, POL-002 without), and a
// policy merged into main after the branch started, which the review must not count as the branch's.
gitCommand = evaluate(new File(itSources, 'git-command.groovy'))
def git(Map env = [:], String... args) {
    gitCommand(basedir, env, args.toList())
}

def commit(String name, String email, String date, String message) {
    git('add', '-A')
    git(['GIT_AUTHOR_NAME': name, 'GIT_AUTHOR_EMAIL': email, 'GIT_AUTHOR_DATE': date,
         'GIT_COMMITTER_NAME': name, 'GIT_COMMITTER_EMAIL': email, 'GIT_COMMITTER_DATE': date],
        'commit', '-q', '-m', message)
}

def write(String path, String id, String title, String version, String body) {
    def file = new File(basedir, "src/isms/documents/${path}")
    file.parentFile.mkdirs()
    file.text = "---\nid: ${id}\ntitle: ${title}\ntype: policy\nversion: \"${version}\"\n---\n\n# ${title}\n\n${body}\n"
}

new File(basedir, 'target').mkdirs()
new File(basedir, '.gitignore').text = 'target/\nbuild.log\n*.groovy\n'
git('init', '-q', '-b', 'main')
write('access-policy.md', 'POL-001', 'Access Policy', '1.0', 'Only the owner grants access.')
write('backup-policy.md', 'POL-002', 'Backup Policy', '1.0', 'Back up daily.')
commit('Alice Ciso', 'alice@example.com', '2026-02-02T09:00:00+0100', 'Two approved policies')

git('checkout', '-q', '-b', 'change')
write('access-policy.md', 'POL-001', 'Access Policy', '1.1', 'Only the owner grants and revokes access.')
write('backup-policy.md', 'POL-002', 'Backup Policy', '1.0', 'Back up every hour.')
commit('Carol Writer', 'carol@example.com', '2026-02-03T10:00:00+0100', 'Access revocation, hourly backups')

git('checkout', '-q', 'main')
write('crypto-policy.md', 'POL-003', 'Cryptography Policy', '1.0', 'Use TLS 1.3.')
commit('Alice Ciso', 'alice@example.com', '2026-02-04T11:00:00+0100', 'Cryptography policy')
git('checkout', '-q', 'change')
return true
