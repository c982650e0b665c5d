using Modernize.Model.Graph;
using Modernize.Testing;

namespace Modernize.Loading.Tests.Loading;

/// <summary>
/// A WinForms project on .NET (net10.0-windows with UseWindowsForms, as ShareX's libraries on net9.0-windows) is evaluated
/// on Linux: without EnableWindowsTargeting the SDK refuses it (NETSDK1100) in restore and evaluation, and ShareX resolved
/// 64 % of its type references instead of 92 %. Set for every solution, it made the SDK fetch the Windows desktop pack
/// for every project, and where no feed serves that pack every restore failed. Where no feed serves the desktop reference
/// pack, the runtime pack stands in for it, so WinForms and WPF types resolve (ScreenToGif's main project: 74 % of its
/// type references without it).
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

            public sealed class HistoryWindow : System.Windows.Forms.Form
            {
                private readonly System.Windows.Forms.ListBox list = new();

                public HistoryWindow() => Controls.Add(list);
            }
            """);
        repo.Write("Viewer/Viewer.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net9.0-windows</TargetFramework>
                <UseWPF>true</UseWPF>
                <CheckEolTargetFramework>false</CheckEolTargetFramework>
              </PropertyGroup>
            </Project>
            """);
        // No UseWPF of its own: WPF reaches it through its reference to Viewer, as the SDK flows framework references.
        repo.Write("Zoom/Zoom.csproj", """
            <Project Sdk="Microsoft.NET.Sdk">
              <PropertyGroup>
                <TargetFramework>net9.0-windows</TargetFramework>
                <CheckEolTargetFramework>false</CheckEolTargetFramework>
              </PropertyGroup>
              <ItemGroup>
                <ProjectReference Include="../Viewer/Viewer.csproj" />
              </ItemGroup>
            </Project>
            """);
        repo.Write("Zoom/ZoomLevels.cs", "namespace Zoom; public static class ZoomLevels { public static System.Windows.Media.ScaleTransform Of(double zoom) => new(zoom, zoom); }");
        repo.Write("Viewer/Preview.cs", """
            namespace Viewer;

            public sealed class Preview : System.Windows.Controls.UserControl
            {
                public static readonly System.Windows.DependencyProperty ZoomProperty =
                    System.Windows.DependencyProperty.Register(nameof(Zoom), typeof(double), typeof(Preview));

                public double Zoom => (double)GetValue(ZoomProperty);
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
              <Project Path="Viewer/Viewer.csproj" />
              <Project Path="Zoom/Zoom.csproj" />
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
        // WinForms and WPF types resolve: from the reference pack where a feed serves it, else from the runtime pack standing in
        // (this machine's feeds serve only the latter), which the project then names.
        var viewer = workspace.Projects.Single(p => p.Info.Name == "Viewer");
        var zoom = workspace.Projects.Single(p => p.Info.Name == "Zoom");
        foreach (var desktop in new[] { project, viewer, zoom })
        {
            Assert.Empty(await Support.LoadedSolution.ErrorsAsync(desktop));
        }

        Assert.All(
            project.Info.Fidelity.Warnings.Where(w => w.Contains("types were read from", StringComparison.Ordinal)),
            w => Assert.Contains("runtime pack Microsoft.WindowsDesktop.App.Runtime.win-x64 10.", w, StringComparison.Ordinal));
        Assert.All(
            viewer.Info.Fidelity.Warnings.Concat(zoom.Info.Fidelity.Warnings).Where(w => w.Contains("types were read from", StringComparison.Ordinal)),
            w => Assert.Contains("runtime pack Microsoft.WindowsDesktop.App.Runtime.win-x64 9.", w, StringComparison.Ordinal));
        Assert.DoesNotContain(library.Info.Fidelity.Warnings, w => w.Contains("WindowsDesktop", StringComparison.Ordinal));
        Assert.Equal(string.Empty, repo.Git("status", "--porcelain", "--ignored"));
    }
}
