import { show } from "./show";
test("t", () => {
  show("tr", { name: "Matriks", rows: [["MATRIKS CASCADING IKU DINAS PENANAMAN MODAL TAHUN 2026"], ["Unit Kerja", "IKU 1"], ["Bidang Perizinan Wilayah I", "P 40%"], ["Bidang Perizinan Wilayah II", "P 60%"]] });
});
