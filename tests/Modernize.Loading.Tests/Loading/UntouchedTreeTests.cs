using Modernize.Testing;

namespace Modernize.Loading.Tests.Loading;

/// <summary>Scanning writes nothing into the scanned tree: not obj/, not bin/, not restore output.</summary>
public sealed class UntouchedTreeTests
{
    [Fact]
    public async Task Scanning_a_committed_fixture_leaves_git_status_empty()
    {
        using var repo = new GitRepository();
        CopyInto(RepoPaths.Fixture("legacy-shop"), repo.Path);
        // A modern project that needs a restore too: restore output must land in the scratch folder.
        repo.Write("Modern/Modern.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");
        repo.Write("Modern/Thing.cs", "namespace Modern; public sealed class Thing { }");
        repo.Commit("fixture");
        File.Delete(Path.Combine(repo.Path, "modernize.yml"));
        repo.Commit("no solution file needed for the folder scan below");

        using (var workspace = await new SolutionLoader().LoadAsync(Path.Combine(repo.Path, "LegacyShop.sln"), new LoadOptions(), null, CancellationToken.None))
        {
            Assert.Equal(5, workspace.Projects.Count);
            foreach (var project in workspace.Projects)
            {
                await project.Project.GetCompilationAsync();
            }
        }

        using (var workspace = await new SolutionLoader().LoadAsync(Path.Combine(repo.Path, "Modern"), new LoadOptions(), null, CancellationToken.None))
        {
            Assert.Single(workspace.Projects);
            Assert.DoesNotContain(workspace.Projects[0].Info.Fidelity.Warnings, w => w.Contains("not restored", StringComparison.Ordinal));
        }

        Assert.Equal(string.Empty, repo.Git("status", "--porcelain", "--ignored"));
    }

    [Fact]
    public async Task Several_unrestored_projects_are_restored_together_into_the_scratch_folder()
    {
        using var repo = new GitRepository();
        repo.Write("Core/Core.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");
        repo.Write("Core/Money.cs", "namespace Core; public sealed record Money(decimal Amount);");
        repo.Write("App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup><ItemGroup><ProjectReference Include=\"../Core/Core.csproj\" /></ItemGroup></Project>");
        repo.Write("App/Till.cs", "namespace App; public sealed class Till { public Core.Money Total() => new Core.Money(1m); }");
        repo.Write("Shop.slnx", "<Solution><Project Path=\"Core/Core.csproj\" /><Project Path=\"App/App.csproj\" /></Solution>");
        repo.Commit("two projects, never restored");

        var messages = new Messages();
        using (var workspace = await new SolutionLoader().LoadAsync(Path.Combine(repo.Path, "Shop.slnx"), new LoadOptions(), messages, CancellationToken.None))
        {
            Assert.Contains("restoring 2 projects into a scratch folder", messages.Lines);
            Assert.Equal(2, workspace.Projects.Count);
            foreach (var project in workspace.Projects)
            {
                Assert.DoesNotContain(project.Info.Fidelity.Warnings, w => w.Contains("restore", StringComparison.Ordinal));
                var compilation = await project.Project.GetCompilationAsync();
                Assert.Empty(compilation!.GetDiagnostics().Where(d => d.Severity == Microsoft.CodeAnalysis.DiagnosticSeverity.Error));
            }
        }

        Assert.Equal(string.Empty, repo.Git("status", "--porcelain", "--ignored"));
    }

    private sealed class Messages : IProgress<string>
    {
        public List<string> Lines { get; } = [];

        public void Report(string value)
        {
            lock (Lines)
            {
                Lines.Add(value);
            }
        }
    }

    private static void CopyInto(string source, string target)
    {
        foreach (var file in Directory.EnumerateFiles(source, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(source, file);
            if (relative.Split(Path.DirectorySeparatorChar).Any(s => s is "bin" or "obj"))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(target, relative))!);
            File.Copy(file, Path.Combine(target, relative));
        }
    }
}
