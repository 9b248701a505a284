// The failing runs name the breaking change and how to accept it; the report (of the last run,
// against the artifact) lists exactly the two changes with their classification and the next
// version after the artifact's.
def log = new File(basedir, 'build.log').text
def json = new File(basedir, 'baseline/demo-2023-01-01.json').canonicalPath
assert log.contains("docsdk diff: demo: 1 breaking change(s) against ${json}")
assert log.contains('-Ddocsdk.diff.allowBreaking=true')
assert log =~ /\[ERROR\] breaking: DeleteWidget\.request\.force: member removed/
assert log.contains('suggested version step major')
assert log.contains('BUILD SUCCESS')
assert log =~ /docsdk diff: demo: 1 breaking change\(s\) against \S+demo-sdk-1\.2\.0\.jar!\/META-INF\/docsdk\/demo-2023-01-01\.json/
assert log.contains('suggested next version 2.0.0')
def md = new File(basedir, 'target/docsdk-diff/demo-diff.md').text
assert md.contains('**1 breaking**, 0 risky, 1 compatible changes.')
assert md.contains('Suggested next version: **2.0.0**')
assert md.contains('- member removed `DeleteWidget.request.force` (was `Boolean`) — was at actions/DeleteWidget.md:12')
assert md.contains('- member added `DeleteWidget.request.dryRun` (`Boolean`) — actions/DeleteWidget.md:12')
def report = new groovy.json.JsonSlurper().parse(new File(basedir, 'target/docsdk-diff/demo-diff.json'))
assert report.summary.breaking == 1
assert report.changes*.kind == ['MEMBER_REMOVED', 'MEMBER_ADDED']
assert report.suggestedVersion == '2.0.0'
return true
