// The build passed (so the generated client compiled and its test called the local server);
// check the outputs and the log line by line.
def log = new File(basedir, 'build.log').text
def sources = new File(basedir, 'target/generated-sources/docsdk/com/example/demo')
assert new File(sources, 'DemoClient.java').isFile()
assert new File(sources, 'model/DescribeWidgetsRequest.java').isFile()
assert new File(sources, 'model/WidgetInfo.java').isFile()
def model = new File(basedir, 'target/classes/META-INF/docsdk/demo-2023-01-01.json')
assert model.isFile() : 'model JSON is packaged as a resource'
assert model.text.contains('"DescribeWidgets"')
assert !new File(basedir, 'target/classes/.docsdk').exists() : 'bookkeeping stays out of the jar'
assert log =~ /docsdk: demo 2023-01-01: 2 actions, 1 structures?, \d+ enums?, \d+ warnings?, \d+ notes?, \d+ ms/
assert log.contains('Tests run: 2, Failures: 0, Errors: 0')
return true
