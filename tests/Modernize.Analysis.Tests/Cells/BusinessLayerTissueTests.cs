using Modernize.Analysis.Cells;
using Modernize.Model.Analysis;
using Modernize.Model.Configuration;

namespace Modernize.Analysis.Tests.Cells;

/// <summary>
/// Tissue serves cells (decision 95): BlogEngine.NET's shape, a Core project holding the business (posts, comments, pages,
/// users) under a thin web project, passes every test a kernel passes (used from every candidate cell, clustering with
/// itself, reaching nothing outside), yet it is the domain, not a platform beside it.
/// </summary>
public sealed class BusinessLayerTissueTests
{
    /// <param name="screensPerArea">Web types using each area: 1 leaves Core (12 types) larger than the code it would serve (4).</param>
    [Theory]
    [InlineData(1, false)]
    [InlineData(4, true)]
    public void A_project_larger_than_all_the_code_beside_it_is_no_tissue_unit(int screensPerArea, bool tissue)
    {
        const string core = "src/Blog.Core/Blog.Core.csproj";
        const string web = "src/Blog.Web/Blog.Web.csproj";
        string[] areas = ["Posts", "Comments", "Pages", "Users"];
        var graph = new TinyGraph();
        var candidateCell = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var a = 0; a < areas.Length; a++)
        {
            var area = areas[a];
            graph.Type($"Blog.Core.{area}.{area}Entity", project: core)
                .Type($"Blog.Core.{area}.{area}Store", project: core)
                .Type($"Blog.Core.{area}.{area}Rules", project: core)
                .Depends($"Blog.Core.{area}.{area}Store", $"Blog.Core.{area}.{area}Entity", 3)
                .Depends($"Blog.Core.{area}.{area}Rules", $"Blog.Core.{area}.{area}Entity", 2);
            // The preliminary run draws each area of Core as a candidate cell of its own, and each area's screens as another.
            candidateCell[$"Blog.Core.{area}.{area}Entity"] = candidateCell[$"Blog.Core.{area}.{area}Store"] = candidateCell[$"Blog.Core.{area}.{area}Rules"] = a;
            for (var s = 0; s < screensPerArea; s++)
            {
                // Screens named apart from the types they use: named use does not decide here.
                var screen = $"Blog.Web.Screens.Screen{a}x{s}";
                graph.Type(screen, project: web)
                    .Depends(screen, $"Blog.Core.{area}.{area}Store", 2)
                    .Depends(screen, $"Blog.Core.{area}.{area}Entity", 1);
                candidateCell[screen] = areas.Length + a;
            }
        }

        var context = CellContext.Create(graph.Build(), AnalysisResult.Empty, ModernizeConfig.Default);

        var units = TissueUnitDetector.Detect(context, candidateCell, new HashSet<string>(StringComparer.Ordinal));

        Assert.Equal(tissue, units.Any(u => u.Unit == "Blog.Core"));
    }
}
