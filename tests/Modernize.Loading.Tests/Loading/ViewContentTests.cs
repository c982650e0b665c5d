using Modernize.Loading.Workspace;
using Modernize.Model.Graph;
using Modernize.Testing;

namespace Modernize.Loading.Tests.Loading;

/// <summary>The private view copies what MSBuild can read for the scanned solution, not the whole repository around it.</summary>
public sealed class ViewContentTests
{
    [Fact]
    public async Task Imports_from_above_the_solution_are_copied_and_media_archives_and_documents_are_left_out()
    {
        using var repo = new GitRepository();
        repo.Write("Directory.Build.props", "<Project><PropertyGroup><DefineConstants>$(DefineConstants);FROM_DIRECTORY_BUILD</DefineConstants></PropertyGroup></Project>");
        repo.Write("build/common.props", "<Project><PropertyGroup><DefineConstants>$(DefineConstants);FROM_IMPORT</DefineConstants></PropertyGroup></Project>");
        repo.Write("shared/Version.cs", "namespace Shop; public static class Version { public const string Text = \"1.0\"; }");
        repo.Write("docs/guide.pdf", new string('x', 4096));
        repo.Write("assets/logo.png", new string('x', 4096));
        repo.Write("other-solution/Other/Other.cs", "namespace Other; public sealed class Unrelated { }");
        repo.Write("version.txt", "4.2.0.7");
        repo.Write("intl/de/strings.lcl", new string('x', 100 * 1024));
        repo.Write("build/version.targets", """
            <Project>
              <Target Name="ReadVersion" BeforeTargets="CoreCompile">
                <ReadLinesFromFile File="$(MSBuildThisFileDirectory)../version.txt"><Output TaskParameter="Lines" PropertyName="RepoVersion" /></ReadLinesFromFile>
                <Error Condition="'$(RepoVersion)' == ''" Text="version.txt is missing" />
              </Target>
            </Project>
            """);
        repo.Write("app/App.slnx", "<Solution><Project Path=\"Shop/Shop.csproj\" /></Solution>");
        repo.Write("app/Shop/Shop.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <Import Project="../../build/common.props" />
              <Import Project="../../build/version.targets" />
              <PropertyGroup><TargetFramework>net10.0</TargetFramework></PropertyGroup>
              <ItemGroup><Compile Include="../../shared/Version.cs" Link="Version.cs" /></ItemGroup>
            </Project>
            """);
        repo.Write("app/Shop/Cart.cs", "namespace Shop; public sealed class Cart { public string V => Version.Text; }");
        repo.Write("app/Shop/Images/icon.png", new string('x', 512));
        repo.Write("app/Shop/Media/intro.mp4", new string('x', 8192));
        repo.Commit("a solution in a larger repository");

        var progress = new List<string>();
        using var workspace = await new SolutionLoader().LoadAsync(Path.Combine(repo.Path, "app", "App.slnx"), new LoadOptions(), new Support.ProgressLines(progress), CancellationToken.None);

        var shop = Assert.Single(workspace.Projects);
        Assert.Equal(LoadMode.MsBuild, shop.Info.Fidelity.Mode);
        Assert.Contains("FROM_DIRECTORY_BUILD", shop.Project.ParseOptions!.PreprocessorSymbolNames);
        Assert.Contains("FROM_IMPORT", shop.Project.ParseOptions!.PreprocessorSymbolNames);
        Assert.Empty(await Support.LoadedSolution.ErrorsAsync(shop));

        // Left out: the PDF, the logo and the 100 KiB localisation file outside the solution, the video inside it; the project's own image is copied.
        var line = Assert.Single(progress, p => p.StartsWith("private copy of ", StringComparison.Ordinal));
        Assert.Contains("left out 4 files, 0.1 MiB", line, StringComparison.Ordinal);
        Assert.Contains(" s CPU)", line, StringComparison.Ordinal);
        Assert.Equal(string.Empty, repo.Git("status", "--porcelain", "--ignored"));
    }
}
