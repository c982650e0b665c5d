using Modernize.Loading.Workspace;
using Modernize.Model.Graph;
using Modernize.Testing;

namespace Modernize.Loading.Tests.Loading;

/// <summary>A solution-wide restore that fails is not redone project by project: NuGet's partial output is loaded as it is.</summary>
public sealed class TolerantRestoreTests
{
    [Fact]
    public async Task A_failed_restore_runs_once_and_a_project_missing_one_package_keeps_msbuild_and_its_other_packages()
    {
        using var repo = new GitRepository();
        repo.Write("Core/Core.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");
        repo.Write("Core/Money.cs", "namespace Core; public sealed record Money(decimal Amount);");
        repo.Write("App/App.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
              <ItemGroup>
                <PackageReference Include="Newtonsoft.Json" Version="13.0.3" />
                <PackageReference Include="Contoso.DoesNotExist" Version="9.9.9" />
                <ProjectReference Include="../Core/Core.csproj" />
              </ItemGroup>
            </Project>
            """);
        repo.Write("App/Till.cs", "namespace App; public sealed class Till { public Newtonsoft.Json.Linq.JObject Total(Core.Money m) => new(); }");
        repo.Write("Tools/Tools.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");
        repo.Write("Tools/Clock.cs", "namespace Tools; public static class Clock { public static System.DateTime Now() => System.DateTime.UtcNow; }");
        repo.Write("Shop.slnx", "<Solution><Project Path=\"Core/Core.csproj\" /><Project Path=\"App/App.csproj\" /><Project Path=\"Tools/Tools.csproj\" /></Solution>");
        repo.Commit("three projects, one package that no feed serves");

        var messages = new List<string>();
        using var workspace = await new SolutionLoader().LoadAsync(Path.Combine(repo.Path, "Shop.slnx"), new LoadOptions(), new Support.ProgressLines(messages), CancellationToken.None);

        Assert.Single(messages, m => m.StartsWith("restoring ", StringComparison.Ordinal));
        Assert.Contains("restoring 3 projects into a scratch folder", messages);
        var app = workspace.Projects.Single(p => p.Info.Name == "App");
        Assert.Equal(LoadMode.MsBuild, app.Info.Fidelity.Mode);
        Assert.Contains(app.Info.Fidelity.Causes, c => c.Kind == FidelityCauseKind.MissingPackage && c.Detail == "Contoso.DoesNotExist 9.9.9");
        Assert.Contains(app.Info.Fidelity.Causes, c => c.Kind == FidelityCauseKind.UnrestorableProject && c.Detail.Contains("NU1101", StringComparison.Ordinal));
        Assert.Empty(await Support.LoadedSolution.ErrorsAsync(app));
        foreach (var other in workspace.Projects.Where(p => p.Info.Name != "App"))
        {
            Assert.Equal(LoadMode.MsBuild, other.Info.Fidelity.Mode);
            Assert.Empty(other.Info.Fidelity.Causes);
        }

        Assert.Equal(string.Empty, repo.Git("status", "--porcelain", "--ignored"));
    }

    [Fact]
    public async Task A_project_that_stops_the_restore_graph_does_not_cost_the_others_their_transitive_project_references()
    {
        // eShop's MAUI client needs the android workload (NETSDK1147): the restore wrote nothing for any project, and without
        // project.assets.json the SDK gives App none of Core's types through Bus.
        using var repo = new GitRepository();
        repo.Write("Core/Core.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup></Project>");
        repo.Write("Core/Money.cs", "namespace Core; public sealed record Money(decimal Amount);");
        repo.Write("Bus/Bus.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup><ItemGroup><ProjectReference Include=\"../Core/Core.csproj\" /></ItemGroup></Project>");
        repo.Write("Bus/Envelope.cs", "namespace Bus; public sealed record Envelope(string Topic);");
        repo.Write("App/App.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup><ItemGroup><ProjectReference Include=\"../Bus/Bus.csproj\" /></ItemGroup></Project>");
        repo.Write("App/Till.cs", "namespace App; public sealed class Till { public Core.Money Total(Bus.Envelope e) => new(e.Topic.Length); }");
        repo.Write("Phone/Phone.csproj", "<Project Sdk=\"Microsoft.NET.Sdk\"><PropertyGroup><TargetFrameworks>net10.0-contosophone;net10.0</TargetFrameworks></PropertyGroup></Project>");
        repo.Write("Phone/Screen.cs", "namespace Phone; public sealed class Screen { }");
        repo.Write("Shop.slnx", "<Solution><Project Path=\"Core/Core.csproj\" /><Project Path=\"Bus/Bus.csproj\" /><Project Path=\"App/App.csproj\" /><Project Path=\"Phone/Phone.csproj\" /></Solution>");
        repo.Commit("three projects and one for a platform this machine cannot build");

        var messages = new List<string>();
        using var workspace = await new SolutionLoader().LoadAsync(Path.Combine(repo.Path, "Shop.slnx"), new LoadOptions(), new Support.ProgressLines(messages), CancellationToken.None);

        var app = workspace.Projects.Single(p => p.Info.Name == "App");
        Assert.Equal(LoadMode.MsBuild, app.Info.Fidelity.Mode);
        Assert.Empty(app.Info.Fidelity.Causes);
        Assert.Empty(await Support.LoadedSolution.ErrorsAsync(app));
        var phone = workspace.Projects.First(p => p.Info.Name == "Phone");
        Assert.Contains(phone.Info.Fidelity.Causes, c => c.Kind == FidelityCauseKind.UnrestorableProject);
        Assert.Contains(messages, m => m.StartsWith("restoring 3 project(s) again without Phone", StringComparison.Ordinal));
        Assert.Equal(string.Empty, repo.Git("status", "--porcelain", "--ignored"));
    }

    [Theory]
    [InlineData("error MSB4062: The \"GitVersionTask\" task could not be loaded from the assembly", FidelityCauseKind.FailedCustomTask)]
    [InlineData("warning MSB3644: The reference assemblies for .NETFramework,Version=v4.6.1 were not found.", FidelityCauseKind.MissingReferenceAssemblies)]
    [InlineData(FidelityCauses.NoDocumentsReason + "; sources and references were read from the project file", FidelityCauseKind.UnresolvedSdk)]
    [InlineData("dotnet restore failed (exit code 1): error NU1101", FidelityCauseKind.UnrestorableProject)]
    public void Loading_messages_name_their_cause(string message, FidelityCauseKind kind) =>
        Assert.Equal(kind, FidelityCauses.FromMessage(message)?.Kind);

    [Fact]
    public void A_message_that_names_no_cause_gives_none() =>
        Assert.Null(FidelityCauses.FromMessage("reference Foo: HintPath lib/Foo.dll not found"));
}
