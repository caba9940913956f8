# lit configuration for the patched compiler's own tests (tests/clang).
# build.sh passes -DPINNED_CLANG=<patched clang> and -DLLVM_TOOLS=<dir with
# FileCheck, not, count>. The substitutions mirror Clang's own test suite, so
# the same files run unchanged under clang/test/ inside the patch series.
import os
import shutil
import lit.formats

config.name = "pinned-clang"
config.test_format = lit.formats.ShTest(execute_external=True)
config.suffixes = [".cpp", ".c", ".mm", ".test"]
config.excludes = ["Inputs"]
config.test_source_root = os.path.dirname(__file__)
patched_src = lit_config.params.get("PATCHED_SRC")
if not patched_src or not os.path.isdir(patched_src):
    lit_config.fatal("pass -DPATCHED_SRC=<patched llvm-project> (./build.sh test does)")
config.substitutions.append(("%{patched_src}", patched_src))
config.test_exec_root = os.path.join(
    lit_config.params.get("EXEC_ROOT", "/tmp/pinned-cxx-lit"), "clang")

clang = lit_config.params.get("PINNED_CLANG")
if not clang or not os.path.exists(clang):
    lit_config.fatal("pass -DPINNED_CLANG=/path/to/patched/clang (./build.sh test does)")
tools = lit_config.params.get("LLVM_TOOLS", "/usr/lib/llvm-19/bin")
for tool in ("FileCheck", "not", "count"):
    if not os.path.exists(os.path.join(tools, tool)):
        lit_config.fatal(f"{tool} not found in {tools} (install llvm-19-tools)")

resource_dir = os.popen(f"{clang} -print-resource-dir").read().strip()
config.environment["PATH"] = os.pathsep.join(
    [tools, config.environment.get("PATH", os.environ.get("PATH", ""))])
clangxx = os.path.join(os.path.dirname(clang), "clang++")
config.substitutions += [
    ("%clang_cc1", f"{clang} -cc1 -internal-isystem {resource_dir}/include -nostdsysteminc"),
    ("%clangxx", clangxx),
    ("%clang", clang),
]
# The pin library, and the stock compilers for tests that check what the
# library rejects without the patched compiler.
repo_root = os.path.dirname(os.path.dirname(os.path.dirname(os.path.abspath(__file__))))
config.substitutions.append(("%{pin_include}", os.path.join(repo_root, "library", "include")))
for name, exe in (("gxx12", "g++-12"), ("clangxx19", "clang++-19"), ("clangxx22", "clang++-22")):
    found = shutil.which(exe)
    if found:
        config.available_features.add(name)
        config.substitutions.append((f"%{{{name}}}", found))

# Sanitizer runs need Debian's compiler-rt next to the patched compiler.
if os.path.exists(os.path.join(resource_dir, "lib", "linux")):
    config.available_features.add("compiler-rt")
