using Modernize.Model.Graph;
using Modernize.Testing;

namespace Modernize.Loading.Tests.Loading;

/// <summary>
/// A WinForms project on .NET (net10.0-windows with UseWindowsForms, as ShareX's libraries on net9.0-windows) is evaluated
/// on Linux: without EnableWindowsTargeting the SDK refuses it (NETSDK1100) in restore and evaluation, and ShareX resolved
/// 64 % of its type references instead of 92 %. Set for every solution, it made the SDK fetch the Windows desktop pack
/// for every project, and where no feed serves that pack every restore failed.
/// </summary>
public sealed class WindowsTargetTests
{
    [Fact]
    public async Task A_windows_desktop_target_is_evaluated_off_windows()
    {
        using var repo = new GitRepository();
        repo.Write("Desk/Desk.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0-windows</TargetFramework>
                <UseWindowsForms>true</UseWindowsForms>
              </PropertyGroup>
            </Project>
            """);
        repo.Write("Desk/Clipboard.cs", """
            namespace Desk;

            public sealed class ClipboardHistory
            {
                private readonly System.Collections.Generic.List<string> items = new();

                public string Describe() => new System.Text.StringBuilder().Append(items.Count).Append(System.IO.Path.DirectorySeparatorChar).ToString();
            }
            """);
        // A plain library beside it: targeting Windows must not make its restore fetch the Windows desktop pack.
        repo.Write("Lib/Lib.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net10.0</TargetFramework>
              </PropertyGroup>
            </Project>
            """);
        repo.Write("Lib/Text.cs", "namespace Lib; public static class Text { public static string Join(string a, string b) => string.Concat(a, b); }");
        repo.Write("Apps.slnx", """
            <Solution>
              <Project Path="Desk/Desk.csproj" />
              <Project Path="Lib/Lib.csproj" />
            </Solution>
            """);
        repo.Commit("desk");

        using var workspace = await new SolutionLoader().LoadAsync(System.IO.Path.Combine(repo.Path, "Apps.slnx"), new LoadOptions(), null, CancellationToken.None);

        var project = workspace.Projects.Single(p => p.Info.Name == "Desk");
        var library = workspace.Projects.Single(p => p.Info.Name == "Lib");
        Assert.Empty(library.Info.Fidelity.Causes);
        Assert.Equal(LoadMode.MsBuild, library.Info.Fidelity.Mode);
        Assert.Equal(LoadMode.MsBuild, project.Info.Fidelity.Mode);
        Assert.DoesNotContain(workspace.Warnings.Concat(project.Info.Fidelity.Warnings), w => w.Contains("NETSDK1100", StringComparison.Ordinal));
        // The BCL resolves; WinForms itself needs the WindowsDesktop reference pack, which a feed may not serve (this machine's does not).
        Assert.Empty(await Support.LoadedSolution.ErrorsAsync(project));
        Assert.Equal(string.Empty, repo.Git("status", "--porcelain", "--ignored"));
    }
}
