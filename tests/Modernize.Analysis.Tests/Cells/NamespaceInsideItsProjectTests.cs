using Modernize.Analysis.Cells;
using Modernize.Model.Analysis;
using Modernize.Model.Configuration;

namespace Modernize.Analysis.Tests.Cells;

/// <summary>
/// Decision 117, from booking-modular-monolith: its Flight module's Seats aggregate clusters on its own and is used by the
/// module's data layer, flight handlers, gRPC service and mapper, four candidate cells of one project; counted by candidate
/// cells alone it was tissue. A namespace used only from inside its own project is that project's structure.
/// </summary>
public sealed class NamespaceInsideItsProjectTests
{
    private const string FlightProject = "src/Modules/Flight/Flight.csproj";
    private const string BookingProject = "src/Modules/Booking/Booking.csproj";

    [Theory]
    [InlineData(false, false)]
    [InlineData(true, true)]
    public void A_namespace_used_only_inside_its_project_is_no_tissue_unit(bool usedFromAnotherProject, bool tissue)
    {
        var graph = new TinyGraph();
        var candidateCell = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var seatType in new[] { "Seat", "SeatNumber", "SeatClass", "SeatMap" })
        {
            graph.Type($"Flight.Seats.{seatType}", project: FlightProject);
            candidateCell[$"Flight.Seats.{seatType}"] = 0;
        }

        string[] users = ["Flight.Data.FlightDbContext", "Flight.Flights.FlightSchedule", "Flight.Grpc.FlightService", "Flight.Mapping.FlightMapper"];
        for (var i = 0; i < users.Length; i++)
        {
            graph.Type(users[i], project: FlightProject).Depends(users[i], "Flight.Seats.Seat", 2).Depends(users[i], "Flight.Seats.SeatNumber", 1);
            candidateCell[users[i]] = i + 1;
        }

        graph.Type("Booking.Reservations.Reservation", project: BookingProject).Type("Booking.Payments.Payment", project: BookingProject)
            .Depends("Booking.Payments.Payment", "Booking.Reservations.Reservation", 1);
        candidateCell["Booking.Reservations.Reservation"] = 5;
        candidateCell["Booking.Payments.Payment"] = 6;
        if (usedFromAnotherProject)
        {
            graph.Depends("Booking.Reservations.Reservation", "Flight.Seats.Seat", 1);
        }

        var context = CellContext.Create(graph.Build(), AnalysisResult.Empty, ModernizeConfig.Default);

        var units = TissueUnitDetector.Detect(context, candidateCell, new HashSet<string>(StringComparer.Ordinal));

        var unit = units.SingleOrDefault(u => u.Unit == "Flight.Seats");
        Assert.Equal(tissue, unit is not null);
        if (unit is not null)
        {
            Assert.Equal(TissueUnitBasis.Clusters, unit.Basis);
            Assert.Equal(5, unit.CellsSpanned);
        }
    }
}
