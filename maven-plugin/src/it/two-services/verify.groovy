// Both services generated side by side, both compiled, both models packaged; help describes the goal.
def out = new File(basedir, 'target/generated-sources/docsdk/com/example')
assert new File(out, 'demo/DemoClient.java').isFile()
assert new File(out, 'gadget/GadgetClient.java').isFile()
assert new File(out, 'gadget/model/RestartGadgetRequest.java').isFile()
def classes = new File(basedir, 'target/classes')
assert new File(classes, 'com/example/demo/DemoClient.class').isFile()
assert new File(classes, 'com/example/gadget/GadgetClient.class').isFile()
assert new File(classes, 'META-INF/docsdk/demo-2023-01-01.json').isFile()
assert new File(classes, 'META-INF/docsdk/gadget-2024-02-02.json').isFile()
def log = new File(basedir, 'build.log').text
assert log =~ /docsdk: demo 2023-01-01: 2 actions, /
assert log =~ /docsdk: gadget 2024-02-02: 1 actions?, /
assert log.contains('docsdk:generate')
assert log.contains('docsdk.apiVersion')
return true
